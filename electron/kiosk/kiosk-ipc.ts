// The kiosk actions the station window may ask for: whether kiosk mode is on, and "Exit kiosk" with
// an admin's PIN. Like every IPC handler of the shell, they answer only the app's own page in the
// station window.
import { ipcMain, type BrowserWindow } from 'electron';
import { KIOSK_EXIT_CHANNEL, KIOSK_STATUS_CHANNEL, type KioskExitResult, type KioskStatus } from '../ipc-channels';
import type { AppUrlCheck } from '../security/app-url';
import { describeSender, isFromAppWindow } from '../security/ipc-sender';
import { exitKioskWithPin, type PinChecker } from './kiosk-exit';
import type { KioskLock } from './kiosk-lock';

export interface KioskIpcOptions {
  core: PinChecker;
  getWindow: () => BrowserWindow | null;
  /** The lock of the station window, or null when the station is not in kiosk mode. */
  getLock: () => KioskLock | null;
  isAppUrl: AppUrlCheck;
}

/** Registers the handlers; returns a function that removes them. */
export function registerKioskIpc({ core, getWindow, getLock, isAppUrl }: KioskIpcOptions): () => void {
  // One PIN check at a time: a second press while the first is checked would only add a wrong try.
  let checking = false;

  ipcMain.handle(KIOSK_STATUS_CHANNEL, (event): KioskStatus => {
    if (!isFromAppWindow(event, getWindow(), isAppUrl)) return { active: false };
    return { active: getLock()?.active ?? false };
  });

  ipcMain.handle(KIOSK_EXIT_CHANNEL, async (event, userId: unknown, pin: unknown): Promise<KioskExitResult> => {
    if (!isFromAppWindow(event, getWindow(), isAppUrl)) {
      console.warn(`Refused a kiosk exit from ${describeSender(event)}`);
      return { ok: false, message: 'Kiosk mode can be left only from the station window.' };
    }
    const lock = getLock();
    if (!lock?.active) return { ok: false, message: 'The station is not in kiosk mode.' };
    if (checking) return { ok: false, message: 'The PIN is being checked.' };
    checking = true;
    try {
      return await exitKioskWithPin(core, userId, pin, (admin) => lock.release(admin));
    } finally {
      checking = false;
    }
  });

  return () => {
    ipcMain.removeHandler(KIOSK_STATUS_CHANNEL);
    ipcMain.removeHandler(KIOSK_EXIT_CHANNEL);
  };
}
