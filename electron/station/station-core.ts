// The public face of the station core, the only thing the transports (Electron IPC, WebSocket) use.
import type { ApiResponse, EventName, EventPayloads } from '../../shared/api/contract';
import type { ClockJump } from './steady-clock';

export type EventListener = <E extends EventName>(event: E, payload: EventPayloads[E]) => void;

export interface StationCore {
  /** Validates the input against the contract and runs the request. Never throws. Answers at once,
   *  except for requests that wait on the operating system (listing serial ports): those return a promise. */
  handle(method: string, input: unknown): ApiResponse<unknown> | Promise<ApiResponse<unknown>>;
  /** Events: 'board' every second and after each change, 'session' when a session changed. */
  onEvent(listener: EventListener): () => void;
  /** Runs one heartbeat now: evaluates the alarms and sends the board. The core does this every
   *  second by itself; tests with a stopped clock call it after moving time. */
  tick(): void;
  /** The PC's wall clock jumped (see steady-clock.ts): logged, audited and shown for an hour. */
  recordClockJump(jump: ClockJump): void;
  close(): void;
}
