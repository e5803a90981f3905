// Saves a session's record as a PDF from the desktop shell. The station window asks with a session
// id; a hidden window, sandboxed like the station window and with the same preload, loads the app's
// own print layout (#print/<id>), which says when it is complete (body[data-print-ready]); Chromium
// prints it to A4, the user chooses where to save, and the file is written.
// The hidden window may read that one session and nothing else: its session.get is answered by a
// handler on its own webContents (which Electron consults before ipcMain), and every other request
// it might send reaches the station's ipcMain handlers, which refuse any window but the station's.
import { writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { BrowserWindow, dialog, ipcMain, type IpcMainInvokeEvent, type WebContents, type WebPreferences } from 'electron';
import type { ApiResponse } from '../shared/api/contract';
import type { SessionView } from '../shared/api/views';
import { SAVE_PDF_CHANNEL, requestChannel, type SavePdfResult } from './ipc-channels';
import type { AppUrlCheck } from './security/app-url';
import type { StationCore } from './station/station-core';

export interface PdfExportOptions {
  core: StationCore;
  /** The station window: the only one that may ask for a PDF, and the save dialog's owner. */
  getWindow: () => BrowserWindow | null;
  isAppUrl: AppUrlCheck;
  /** The app's page, as the station window loads it. */
  appUrl: string;
  /** The station window's web preferences (sandbox, preload, isolation), used for the hidden window too. */
  webPreferences: () => WebPreferences;
}

const SESSION_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** How long the print layout may take to load the record and draw the chart. */
const READY_TIMEOUT_MS = 20_000;
const READY_POLL_MS = 100;

const failed = (message: string): SavePdfResult => ({ outcome: 'failed', message });

/** Registers the handler; returns a function that removes it. */
export function registerPdfExport(options: PdfExportOptions): () => void {
  // One at a time: a second press while the first PDF is being made would open a second dialog.
  let busy = false;
  ipcMain.handle(SAVE_PDF_CHANNEL, async (event, sessionId: unknown): Promise<SavePdfResult> => {
    const owner = options.getWindow();
    if (!owner || !isFromWindow(event, owner, options.isAppUrl)) {
      console.warn(`Refused a PDF request from ${event.senderFrame?.url ?? 'an unknown frame'}`);
      return failed('Records are saved only from the station window.');
    }
    if (typeof sessionId !== 'string' || !SESSION_ID.test(sessionId)) return failed('Session id is not valid.');
    if (busy) return failed('A PDF is already being made. Try again when it is saved.');
    busy = true;
    try {
      return await savePdf(sessionId, owner, options);
    } catch (error) {
      console.error(`Could not save the record of session ${sessionId} as PDF`, error);
      return failed(error instanceof Error ? error.message : 'The PDF could not be made.');
    } finally {
      busy = false;
    }
  });
  return () => ipcMain.removeHandler(SAVE_PDF_CHANNEL);
}

/** The same check the station's own requests pass: the app's page, top frame, in that window. */
function isFromWindow(event: IpcMainInvokeEvent, window: BrowserWindow, isAppUrl: AppUrlCheck): boolean {
  const frame = event.senderFrame;
  return !window.isDestroyed() && event.sender.id === window.webContents.id && frame !== null && frame.parent === null && isAppUrl(frame.url);
}

async function savePdf(sessionId: string, owner: BrowserWindow, options: PdfExportOptions): Promise<SavePdfResult> {
  const answer = await options.core.handle('session.get', { sessionId });
  if (!answer.ok) return failed(answer.error.message);
  const view = answer.result as SessionView;

  const pdf = await renderRecord(sessionId, options);
  const choice = await dialog.showSaveDialog(owner, {
    title: 'Save the session record as PDF',
    defaultPath: defaultFileName(view),
    filters: [{ name: 'PDF', extensions: ['pdf'] }],
  });
  if (choice.canceled || !choice.filePath) return { outcome: 'cancelled' };
  await writeFile(choice.filePath, pdf);
  return { outcome: 'saved', fileName: basename(choice.filePath) };
}

/** session-<patientId>-<YYYY-MM-DD>.pdf, the date the patient was checked in (station time). */
function defaultFileName(view: SessionView): string {
  const d = new Date(view.checkedInAt);
  const day = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  // A patient ID is free text: keep it to characters every file system accepts.
  const patient = view.patient.clinicId.replace(/[^A-Za-z0-9._-]+/g, '_');
  return `session-${patient}-${day}.pdf`;
}

async function renderRecord(sessionId: string, options: PdfExportOptions): Promise<Buffer> {
  const window = new BrowserWindow({ show: false, width: 1000, height: 1400, webPreferences: options.webPreferences() });
  const contents = window.webContents;
  contents.ipc.handle(requestChannel('session.get'), (event, input: unknown): ApiResponse<unknown> | Promise<ApiResponse<unknown>> => {
    const asked = (input as { sessionId?: unknown } | null)?.sessionId;
    if (!isFromWindow(event, window, options.isAppUrl) || asked !== sessionId) {
      return { ok: false, error: { code: 'not-allowed', message: 'The print window may read only the record it prints.' } };
    }
    return options.core.handle('session.get', input);
  });
  try {
    const url = new URL(options.appUrl);
    url.hash = `print/${sessionId}`;
    await window.loadURL(url.href);
    await untilPrintReady(contents);
    return await contents.printToPDF({ pageSize: 'A4', printBackground: true });
  } finally {
    window.destroy();
  }
}

/** Waits for the print layout to say it is complete, or to say why it cannot be. */
async function untilPrintReady(contents: WebContents): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    const state: unknown = await contents.executeJavaScript('document.body.dataset.printReady ?? ""', false);
    if (state === 'true') return;
    if (state === 'failed') {
      const message: unknown = await contents.executeJavaScript('document.querySelector("[role=alert]")?.textContent ?? ""', false);
      throw new Error(typeof message === 'string' && message ? message : 'The record could not be loaded.');
    }
    await new Promise((resolve) => setTimeout(resolve, READY_POLL_MS));
  }
  throw new Error('The record took too long to draw. Try again.');
}
