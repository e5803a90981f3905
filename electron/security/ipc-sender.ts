// Who may call the main process: only the app's own page, in the top frame, of the window that is
// expected to call. Every IPC handler of the shell asks this first, so an embedded frame, a page that
// got loaded some other way, or another window cannot reach the core or the shell's actions.
// The shapes are the few fields of Electron's objects this needs, so it is tested with plain objects.
import type { AppUrlCheck } from './app-url';

export interface IpcSender {
  sender: { id: number };
  /** Null once the frame has gone (navigated away or destroyed). */
  senderFrame: { url: string; parent: unknown } | null;
}

export interface ExpectedWindow {
  isDestroyed(): boolean;
  webContents: { id: number };
}

export function isFromAppWindow(event: IpcSender, window: ExpectedWindow | null, isAppUrl: AppUrlCheck): boolean {
  if (window === null || window.isDestroyed()) return false;
  if (event.sender.id !== window.webContents.id) return false;
  const frame = event.senderFrame;
  return frame !== null && frame.parent === null && isAppUrl(frame.url);
}

/** For the log: where a refused request came from, without trusting it to be a string. */
export function describeSender(event: IpcSender): string {
  const url = event.senderFrame?.url;
  return typeof url === 'string' && url !== '' ? url : 'an unknown frame';
}
