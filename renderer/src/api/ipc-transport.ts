// Electron: the preload exposes window.station, one method per request plus on(event, listener).
// The IPC channel lives as long as the window does, so the connection is always up.
import type { ApiResponse, EventName, EventPayloads } from '../../../shared/api/contract';
import type { RequestName } from '../../../shared/api/contract';
import { StationApiError } from './station-api-error';
import type { ConnectionStatus, Transport } from './transport';

export type StationBridge = {
  [K in RequestName]: (input: unknown) => Promise<ApiResponse<unknown>>;
} & {
  on<E extends EventName>(event: E, listener: (payload: EventPayloads[E]) => void): () => void;
};

declare global {
  interface Window {
    station?: StationBridge;
  }
}

export function ipcBridge(): StationBridge | null {
  return typeof window !== 'undefined' && window.station ? window.station : null;
}

export function createIpcTransport(bridge: StationBridge): Transport {
  return {
    async request(method, input) {
      const call = (bridge as unknown as Record<string, ((input: unknown) => Promise<ApiResponse<unknown>>) | undefined>)[method];
      if (typeof call !== 'function') {
        return { ok: false, error: { code: 'unknown-request', message: `Unknown request "${method}"` } };
      }
      try {
        return await call(input);
      } catch {
        throw new StationApiError('connection-lost', 'The station did not answer: nothing may have been saved. Please try again.');
      }
    },
    on: (event, listener) => bridge.on(event, listener),
    status: (): ConnectionStatus => 'connected',
    onStatus: () => () => undefined,
  };
}
