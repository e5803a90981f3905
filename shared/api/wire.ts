// Message shapes on the headless server's WebSocket (path /api). Electron IPC carries the same
// requests and events, one channel per request (see electron/ipc-channels.ts).
import type { ApiResponse, EventName, EventPayloads } from './contract';

export const WEBSOCKET_PATH = '/api';

export interface WireRequest {
  type: 'request';
  /** Chosen by the client; echoed in the response. */
  id: number;
  method: string;
  input: unknown;
}

export type WireResponse = { type: 'response'; id: number } & ApiResponse<unknown>;

export interface WireEvent<E extends EventName = EventName> {
  type: 'event';
  event: E;
  payload: EventPayloads[E];
}

export type ServerMessage = WireResponse | WireEvent;
