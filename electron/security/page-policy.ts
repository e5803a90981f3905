// What the station's page may ask the browser for, as plain decisions: block-navigation.ts,
// deny-new-windows.ts and deny-permissions.ts apply them to Electron, and unit tests hold them.
import type { AppUrlCheck } from './app-url';

/** A frame may load only the app's own page (its hash routes included); anything else is foreign. */
export function mayNavigate(url: string, isAppUrl: AppUrlCheck): boolean {
  return isAppUrl(url);
}

/**
 * The station is one window: window.open and target=_blank are refused whatever the URL, even the
 * app's own (a second copy of the screen would hold a second bridge to the core). The URL is not
 * handed to shell.openExternal either: a link in page content could otherwise start any program
 * registered for a URL scheme on the clinic's PC.
 */
export function windowOpenResponse(): { action: 'deny' } {
  return { action: 'deny' };
}

/**
 * The screen needs no browser permission: BP monitors are opened by the main process, alarm sounds
 * play without one, and the window is made fullscreen by the shell, not the page. Refusing all of
 * them means a compromised page cannot reach the camera, microphone, serial/USB/HID devices,
 * notifications, the clipboard or the screen.
 */
export function mayGrantPermission(_permission: string): boolean {
  return false;
}
