// Wires the station core to Electron IPC: one ipcMain.handle per request, core events pushed to the
// window. Every request passes one sender check first (security/ipc-sender.ts), so only the app's
// own page in its own window can reach the core; an embedded frame or a page that got loaded some
// other way cannot.
import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import type { ApiResponse } from '../shared/api/contract';
import { EVENT_CHANNEL, REQUEST_CHANNELS } from './ipc-channels';
import type { AppUrlCheck } from './security/app-url';
import { describeSender, isFromAppWindow } from './security/ipc-sender';
import type { StationCore } from './station/station-core';

export interface IpcBridgeOptions {
  core: StationCore;
  /** The main window, or null while there is none. */
  getWindow: () => BrowserWindow | null;
  isAppUrl: AppUrlCheck;
}

/** Registers the handlers and event forwarding; returns a function that removes them. */
export function connectStationToIpc({ core, getWindow, isAppUrl }: IpcBridgeOptions): () => void {
  for (const { name, channel } of REQUEST_CHANNELS) {
    ipcMain.handle(channel, async (event, input: unknown): Promise<ApiResponse<unknown>> => {
      const refusal = refuseUnlessAppWindow(event, getWindow(), isAppUrl);
      if (refusal) return refusal;
      try {
        return await core.handle(name, input);
      } catch (error) {
        // The core promises not to throw; if it ever does, the screen still gets an answer
        // instead of a rejected promise with an Electron-formatted message.
        console.error(`Station request ${name} failed`, error);
        return { ok: false, error: { code: 'internal', message: 'The station could not complete this request.' } };
      }
    });
  }

  const unsubscribe = core.onEvent((name, payload) => {
    const window = getWindow();
    if (!window || window.isDestroyed() || window.webContents.isDestroyed()) return;
    try {
      window.webContents.send(EVENT_CHANNEL, name, payload);
    } catch (error) {
      // A failed push must not break the core's event loop; the next board event follows within a second.
      console.error(`Could not send the ${name} event to the window`, error);
    }
  });

  return () => {
    unsubscribe();
    for (const { channel } of REQUEST_CHANNELS) ipcMain.removeHandler(channel);
  };
}

function refuseUnlessAppWindow(
  event: IpcMainInvokeEvent,
  window: BrowserWindow | null,
  isAppUrl: AppUrlCheck,
): ApiResponse<never> | null {
  if (isFromAppWindow(event, window, isAppUrl)) return null;
  console.warn(`Refused a station request from ${describeSender(event)}`);
  return { ok: false, error: { code: 'not-allowed', message: 'Requests are accepted only from the station window.' } };
}
