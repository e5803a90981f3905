// The headless station server: the contract over one WebSocket at /api. The core keeps all state,
// so a lost connection loses nothing: the socket reconnects with backoff and the board resumes.
// Requests never wait silently: an unsent request fails at once while the connection is down, and a
// request in flight when the connection drops fails with a message that says what may have happened.
import type { ApiResponse, EventName, EventPayloads } from '../../../shared/api/contract';
import { WEBSOCKET_PATH, type ServerMessage, type WireRequest } from '../../../shared/api/wire';
import { reconnectDelay } from './backoff';
import { StationApiError } from './station-api-error';
import type { ConnectionStatus, Transport } from './transport';

const ANSWER_TIMEOUT_MS = 20_000;
/** At start-up the first connection is awaited this long before a request gives up. */
const FIRST_CONNECT_WAIT_MS = 10_000;

interface Pending {
  resolve: (response: ApiResponse<unknown>) => void;
  reject: (error: StationApiError) => void;
  timer: ReturnType<typeof setTimeout>;
}

type AnyListener = (payload: unknown) => void;

export function stationSocketUrl(loc: Location = window.location): string {
  const scheme = loc.protocol === 'https:' ? 'wss' : 'ws';
  return `${scheme}://${loc.host}${WEBSOCKET_PATH}`;
}

const LOST_IN_FLIGHT =
  'The connection to the station was lost before it answered. Check the record before trying again: it may or may not have been saved.';
const NOT_CONNECTED = 'No connection to the station: nothing was saved. Try again when the connection is back.';

export function createWebSocketTransport(url: string): Transport {
  let socket: WebSocket | null = null;
  let status: ConnectionStatus = 'connecting';
  let attempt = 0;
  let nextId = 1;
  const pending = new Map<number, Pending>();
  const waitingForFirstConnection: Array<() => void> = [];
  const eventListeners = new Map<EventName, Set<AnyListener>>();
  const statusListeners = new Set<(s: ConnectionStatus) => void>();

  function setStatus(next: ConnectionStatus): void {
    if (status === next) return;
    status = next;
    for (const l of statusListeners) l(next);
  }

  function failInFlight(): void {
    for (const [id, p] of pending) {
      clearTimeout(p.timer);
      p.reject(new StationApiError('connection-lost', LOST_IN_FLIGHT));
      pending.delete(id);
    }
  }

  function onMessage(data: unknown): void {
    if (typeof data !== 'string') return;
    let message: ServerMessage;
    try {
      message = JSON.parse(data) as ServerMessage;
    } catch {
      return;
    }
    if (message.type === 'event') {
      const listeners = eventListeners.get(message.event);
      if (listeners) for (const l of [...listeners]) l(message.payload);
      return;
    }
    if (message.type === 'response') {
      const p = pending.get(message.id);
      if (!p) return;
      pending.delete(message.id);
      clearTimeout(p.timer);
      p.resolve(message.ok ? { ok: true, result: message.result } : { ok: false, error: message.error });
    }
  }

  function connect(): void {
    const ws = new WebSocket(url);
    socket = ws;
    ws.onopen = () => {
      attempt = 0;
      setStatus('connected');
      for (const go of waitingForFirstConnection.splice(0)) go();
    };
    ws.onmessage = (e) => onMessage(e.data);
    ws.onclose = () => {
      if (socket !== ws) return;
      socket = null;
      failInFlight();
      // Before the first connection the page says "Connecting"; once it had one, the loss is shown.
      if (status === 'connected') setStatus('reconnecting');
      setTimeout(connect, reconnectDelay(attempt));
      attempt += 1;
    };
    // onerror is always followed by onclose, which does the work.
    ws.onerror = () => undefined;
  }

  function send(method: string, input: unknown): Promise<ApiResponse<unknown>> {
    return new Promise((resolve, reject) => {
      const ws = socket;
      if (!ws || ws.readyState !== WebSocket.OPEN) {
        reject(new StationApiError('connection-lost', NOT_CONNECTED));
        return;
      }
      const id = nextId++;
      const timer = setTimeout(() => {
        pending.delete(id);
        reject(new StationApiError('no-answer', 'The station did not answer in time. Check the record before trying again.'));
      }, ANSWER_TIMEOUT_MS);
      pending.set(id, { resolve, reject, timer });
      const message: WireRequest = { type: 'request', id, method, input };
      ws.send(JSON.stringify(message));
    });
  }

  connect();

  return {
    request(method, input) {
      if (status !== 'connecting') return send(method, input);
      // Start-up: the page asks for the board before the socket is open; wait for it briefly.
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          const i = waitingForFirstConnection.indexOf(go);
          if (i >= 0) waitingForFirstConnection.splice(i, 1);
          reject(new StationApiError('connection-lost', 'Cannot reach the station. Is it running? Still trying…'));
        }, FIRST_CONNECT_WAIT_MS);
        const go = () => {
          clearTimeout(timer);
          send(method, input).then(resolve, reject);
        };
        waitingForFirstConnection.push(go);
      });
    },
    on<E extends EventName>(event: E, listener: (payload: EventPayloads[E]) => void) {
      let set = eventListeners.get(event);
      if (!set) {
        set = new Set();
        eventListeners.set(event, set);
      }
      const l = listener as AnyListener;
      set.add(l);
      return () => {
        set.delete(l);
      };
    },
    status: () => status,
    onStatus(listener) {
      statusListeners.add(listener);
      return () => {
        statusListeners.delete(listener);
      };
    },
  };
}
