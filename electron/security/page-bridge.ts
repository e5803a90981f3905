// What the preload hands the page, built from an invoke function and a subscribe function so it can
// be checked without Electron: window.station has exactly one method per request of the contract and
// on(); window.stationShell has savePdf and kiosk. Nothing else: never ipcRenderer, never a way to
// name a channel, so the page can send nothing the main process does not expect.
import {
  EVENT_CHANNEL,
  KIOSK_EXIT_CHANNEL,
  KIOSK_STATUS_CHANNEL,
  REQUEST_CHANNELS,
  SAVE_PDF_CHANNEL,
  isEventName,
  type KioskExitResult,
  type KioskStatus,
  type SavePdfResult,
} from '../ipc-channels';

/** ipcRenderer.invoke, or a stand-in in tests. */
export type Invoke = (channel: string, ...args: unknown[]) => Promise<unknown>;
/** Listens on the one event channel; returns the function that stops listening. */
export type Subscribe = (channel: string, handler: (name: unknown, payload: unknown) => void) => () => void;

export type StationBridge = Record<string, (input: unknown) => Promise<unknown>> & {
  on(event: string, listener: (payload: unknown) => void): () => void;
};

export interface ShellBridge {
  savePdf(sessionId: string): Promise<SavePdfResult>;
  kiosk: {
    status(): Promise<KioskStatus>;
    exit(userId: string, pin: string): Promise<KioskExitResult>;
  };
}

export function stationBridge(invoke: Invoke, subscribe: Subscribe): StationBridge {
  const methods: Record<string, (input: unknown) => Promise<unknown>> = {};
  for (const { name, channel } of REQUEST_CHANNELS) {
    // Resolves with the core's ApiResponse ({ ok, result } or { ok: false, error }); never rejects on refusal.
    methods[name] = (input: unknown) => invoke(channel, input);
  }
  const on = (event: string, listener: (payload: unknown) => void): (() => void) => {
    if (!isEventName(event) || typeof listener !== 'function') throw new TypeError(`Unknown station event "${String(event)}"`);
    return subscribe(EVENT_CHANNEL, (name, payload) => {
      if (name === event) listener(payload);
    });
  };
  return { ...methods, on } as StationBridge;
}

export function shellBridge(invoke: Invoke): ShellBridge {
  return {
    // Only strings cross: whatever the page passes, the main process gets no object it could have shaped.
    savePdf: (sessionId: string) => invoke(SAVE_PDF_CHANNEL, String(sessionId)) as Promise<SavePdfResult>,
    kiosk: {
      status: () => invoke(KIOSK_STATUS_CHANNEL) as Promise<KioskStatus>,
      exit: (userId: string, pin: string) => invoke(KIOSK_EXIT_CHANNEL, String(userId), String(pin)) as Promise<KioskExitResult>,
    },
  };
}
