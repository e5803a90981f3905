// The only bridge between the sandboxed page and the main process: one named method per request of
// the contract, and on() for the core's events; beside it, the shell's savePdf. The page never sees
// ipcRenderer itself.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { EVENT_CHANNEL, REQUEST_CHANNELS, SAVE_PDF_CHANNEL, isEventName, type SavePdfResult } from './ipc-channels';

type Listener = (payload: unknown) => void;

const methods: Record<string, (input: unknown) => Promise<unknown>> = {};
for (const { name, channel } of REQUEST_CHANNELS) {
  // Resolves with the core's ApiResponse ({ ok, result } or { ok: false, error }); never rejects on refusal.
  methods[name] = (input: unknown) => ipcRenderer.invoke(channel, input);
}

function on(event: string, listener: Listener): () => void {
  if (!isEventName(event) || typeof listener !== 'function') throw new TypeError(`Unknown station event "${event}"`);
  const handler = (_e: IpcRendererEvent, name: unknown, payload: unknown) => {
    if (name === event) listener(payload);
  };
  ipcRenderer.on(EVENT_CHANNEL, handler);
  return () => {
    ipcRenderer.removeListener(EVENT_CHANNEL, handler);
  };
}

contextBridge.exposeInMainWorld('station', { ...methods, on });

// The main process renders the session's print layout, asks where to save, and writes the file.
const savePdf = (sessionId: string): Promise<SavePdfResult> => ipcRenderer.invoke(SAVE_PDF_CHANNEL, String(sessionId));
contextBridge.exposeInMainWorld('stationShell', { savePdf });
