// Keeps the kiosk window open. A person at the screen cannot close it (Alt+F4, Ctrl+W, Ctrl+Q, the
// window's close event) or leave fullscreen; only "Exit kiosk" with an admin's PIN releases it.
// The operating system still can: shutting down, restarting or logging off quits the app as usual,
// because a station that blocked a shutdown would be killed uncleanly instead.
import { app, type BrowserWindow } from 'electron';
import { isBlockedKioskKey } from './kiosk-keys';

export interface KioskLock {
  readonly active: boolean;
  /** Leaves kiosk mode for this run: the window becomes an ordinary, closable window. */
  release(by: string): void;
}

export function lockKioskWindow(window: BrowserWindow, log: (line: string) => void): KioskLock {
  let active = true;
  // Set when the app as a whole is quitting (system shutdown, log-off, a signal): then the window
  // closes. A close of the window alone is a person at the screen.
  let systemQuit = false;

  app.on('before-quit', () => {
    systemQuit = true;
  });
  // Windows announces the end of the session to the window, not always as a quit.
  window.on('session-end', () => {
    systemQuit = true;
  });

  window.on('close', (event) => {
    if (!active || systemQuit) return;
    event.preventDefault();
    log('Kiosk mode: the window stays open; an admin leaves kiosk mode with "Exit kiosk".');
  });

  window.webContents.on('before-input-event', (event, input) => {
    if (active && isBlockedKioskKey(input)) event.preventDefault();
  });

  return {
    get active() {
      return active && !window.isDestroyed();
    },
    release(by: string) {
      if (!active) return;
      active = false;
      log(`Kiosk mode ended by ${by}: the window can now be closed.`);
      if (window.isDestroyed()) return;
      window.setKiosk(false);
      window.setFullScreen(false);
      window.setClosable(true);
      window.setMinimizable(true);
    },
  };
}
