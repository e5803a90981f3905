// What a transport does for the client: carry one request and its answer, deliver events, and say
// whether the station is reachable. Electron IPC and the WebSocket both fit behind it.
import type { ApiResponse, EventName, EventPayloads } from '../../../shared/api/contract';

export type ConnectionStatus = 'connecting' | 'connected' | 'reconnecting';

export interface Transport {
  /** Resolves with the core's answer; rejects (StationApiError) only when the answer cannot arrive. */
  request(method: string, input: unknown): Promise<ApiResponse<unknown>>;
  on<E extends EventName>(event: E, listener: (payload: EventPayloads[E]) => void): () => void;
  status(): ConnectionStatus;
  onStatus(listener: (status: ConnectionStatus) => void): () => void;
}
