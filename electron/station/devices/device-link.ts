// What the station core needs from the connection to one monitor. The serial implementation
// (device-connection.ts) provides it; the core never touches a port itself.
import type { DeviceConfig } from '../../../shared/domain/devices';
import type { DeviceEvent } from './protocols/types';

export type LinkState = 'connecting' | 'connected' | 'disconnected' | 'error';

export interface DeviceLinkListener {
  /** The connection's state changed; `path` is the port in use now (it may have moved). */
  state(state: LinkState, detail: string | null, path: string): void;
  /** A decoded frame: a reading, a failed measurement, a status, a cuff pressure. */
  event(event: DeviceEvent): void;
}

export interface DeviceLink {
  /** Starts a measurement (only for monitors that can be told to). */
  measureNow(): void;
  close(): void;
}

export type DeviceLinkFactory = (config: DeviceConfig, listener: DeviceLinkListener) => DeviceLink;
