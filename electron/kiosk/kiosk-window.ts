// How a station window is made in and out of kiosk mode. Fullscreen and kiosk cover the screen; the
// close and minimise buttons are taken away where the platform allows (Windows and macOS), and the
// close guard (kiosk-lock.ts) covers every platform.
import type { BrowserWindowConstructorOptions } from 'electron';

export function kioskWindowOptions(kiosk: boolean): Pick<BrowserWindowConstructorOptions, 'kiosk' | 'fullscreen' | 'closable' | 'minimizable'> {
  return { kiosk, fullscreen: kiosk, closable: !kiosk, minimizable: !kiosk };
}
