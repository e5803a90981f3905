// What a monitor's bytes mean, independent of any port: every protocol parser turns raw bytes into
// these events. They are plain JSON values so the decode tool can print them and tests can compare them.
import type { DeviceProtocolName } from '../../../../shared/domain/devices';

export type ProtocolName = DeviceProtocolName;

/** A complete, plausible blood pressure measurement. */
export interface ReadingEvent {
  type: 'reading';
  systolic: number;
  diastolic: number;
  map: number | null;
  pulse: number | null;
  /** Only protocols that also carry an oximeter value (Accutorr). */
  spo2?: number | null;
  /** The measurement time exactly as the device states it (A&D yymmddhhmm, Omron date and time), or null. */
  deviceTime: string | null;
  /** Accutorr: minutes since the monitor took this measurement, as it reports it. */
  ageMinutes?: number | null;
  /** The frame as received: spaced hex for binary protocols, the text for ASCII ones. */
  raw?: string;
}

/** A measurement that produced no reading: the device's own error code, or values that cannot be real. */
export interface FailedEvent {
  type: 'failed';
  /** The device's code as it writes it ("87", "E44"), or "implausible". */
  code: string;
  /** Plain words for the nurse. */
  message: string;
  raw?: string;
}

export type DeviceStatus =
  | 'received' // the monitor accepted a command
  | 'complete' // measurement done; the result can be read
  | 'aborted'
  | 'busy'
  | 'error'
  | 'unrecognized' // the monitor did not understand the command
  | 'sleeping'
  | 'timeout'
  | 'ack' // A&D acknowledgment frame
  | 'ready' // Accutorr prompt: it accepts a poll
  | 'no-result' // Accutorr poll answered, but no blood pressure stored yet
  | 'unchanged'; // Accutorr poll answered with the result already reported

export interface StatusEvent {
  type: 'status';
  status: DeviceStatus;
}

/** Live cuff pressure while the cuff inflates or deflates (mmHg). */
export interface CuffEvent {
  type: 'cuff';
  pressure: number;
}

/** Bytes dropped while looking for the next frame: noise, bad checksums, frames cut short by silence. */
export interface SkippedEvent {
  type: 'skipped';
  bytes: number;
}

export type DeviceEvent = ReadingEvent | FailedEvent | StatusEvent | CuffEvent | SkippedEvent;

/**
 * Bytes in, events out. One parser per open port; it keeps the partial frame between pushes.
 * A parser never throws, whatever the bytes.
 */
export interface ProtocolParser {
  /** Bytes as they arrived from the port; `nowMs` is the arrival time (any monotonic clock). */
  push(chunk: Uint8Array, nowMs: number): DeviceEvent[];
  /**
   * Called by the port layer when the line has been quiet. A partial frame whose last byte is older
   * than the protocol's inter-byte timeout is given up (reported as skipped), so a frame cut short
   * by noise or an unplug cannot swallow the next one. `Infinity` flushes everything.
   */
  idle(nowMs: number): DeviceEvent[];
}

/** Bytes the station sends. A protocol provides only what its device understands. */
export interface ProtocolCommands {
  start?: Uint8Array;
  abort?: Uint8Array;
  /** Ask for the last result again (after a 'complete' status, or after a reconnect). */
  requestResult?: Uint8Array;
  cuffPressure?: Uint8Array;
  /** Polled protocols: ask for the current values. */
  poll?: Uint8Array;
}

export interface ProtocolDriver {
  name: ProtocolName;
  label: string;
  defaultBaud: number;
  canStartMeasurement: boolean;
  reportsCuffPressure: boolean;
  /** The station must ask regularly (every `pollIntervalMs`); the device never sends on its own. */
  pollsForResults: boolean;
  pollIntervalMs: number | null;
  /** Give up a partial frame after this much quiet (see ProtocolParser.idle). */
  interByteTimeoutMs: number;
  /**
   * For the watchdog: a connected device silent for longer than this is treated as gone and the
   * port reopened. Null where silence is normal while no measurement runs (the device speaks
   * only when asked or when it has a result).
   */
  silenceTimeoutMs: number | null;
  commands: ProtocolCommands;
  createParser(): ProtocolParser;
}
