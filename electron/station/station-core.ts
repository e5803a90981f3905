// The public face of the station core, the only thing the transports (Electron IPC, WebSocket) use.
import type { ApiResponse, EventName, EventPayloads } from '../../shared/api/contract';

export type EventListener = <E extends EventName>(event: E, payload: EventPayloads[E]) => void;

export interface StationCore {
  /** Validates the input against the contract and runs the request. Never throws. */
  handle(method: string, input: unknown): ApiResponse<unknown>;
  /** Events: 'board' every second and after each change, 'session' when a session changed. */
  onEvent(listener: EventListener): () => void;
  close(): void;
}
