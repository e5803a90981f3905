// What a DeviceConnection tells the station: the protocol's decoded events plus the state of the
// line. Listeners are isolated from each other and from the line: one that throws is skipped.
import type { DeviceEvent } from './protocols/types';

/** What the line is doing. `path` is the port in use, which changes when the device is found elsewhere. */
export type ConnectionStateEvent =
  | { type: 'connecting'; path: string }
  | { type: 'connected'; path: string; /** The previous path when the device was found on a new one. */ movedFrom: string | null }
  | { type: 'disconnected'; path: string; /** When the device was lost (the injected clock). */ since: number; reason: string }
  | { type: 'error'; path: string; message: string };

export type ConnectionEvent = DeviceEvent | ConnectionStateEvent;
export type ConnectionState = ConnectionStateEvent['type'];
export type ConnectionListener = (event: ConnectionEvent) => void;

export interface ConnectionStats {
  bytesReceived: number;
  bytesSent: number;
  /** Parser events other than skipped bytes, plus failures the connection reports itself. */
  framesDecoded: number;
  bytesSkipped: number;
}

export class ConnectionEvents {
  private readonly listeners = new Set<ConnectionListener>();
  private current: ConnectionStateEvent | null = null;
  private silenced = false;

  get state(): ConnectionStateEvent | null {
    return this.current;
  }

  on(listener: ConnectionListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Records the line's state and tells listeners only when it changed (retries repeat it). */
  setState(next: ConnectionStateEvent): void {
    const prev = this.current;
    const same =
      prev !== null &&
      prev.type === next.type &&
      prev.path === next.path &&
      (next.type !== 'error' || (prev.type === 'error' && prev.message === next.message));
    this.current = next;
    if (!same) this.emit(next);
  }

  emit(e: ConnectionEvent): void {
    if (this.silenced) return;
    for (const listener of [...this.listeners]) {
      try {
        listener(e);
      } catch {
        // A listener's bug must not stop the line or the other listeners.
      }
    }
  }

  /** No more events, ever (the connection was closed). */
  silence(): void {
    this.silenced = true;
    this.listeners.clear();
  }
}
