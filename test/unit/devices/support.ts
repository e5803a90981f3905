// Helpers for feeding bytes to protocol parsers the way a serial port delivers them.
import { BloodPressureSchema } from '../../../shared/domain/vitals';
import { ascii, concat } from '../../../electron/station/devices/protocols/bytes';
import type { DeviceEvent, ProtocolParser } from '../../../electron/station/devices/protocols/types';

export { ascii, concat };

export function fromHex(text: string): Uint8Array {
  return Uint8Array.from(text.trim().split(/\s+/), (h) => parseInt(h, 16));
}

export function bytesOf(...parts: Array<Uint8Array | string | number[]>): Uint8Array {
  return concat(...parts.map((p) => (typeof p === 'string' ? ascii(p) : p)));
}

/** Pushes the chunks close together in time (no silence between them), then lets the line go quiet. */
export function feed(parser: ProtocolParser, chunks: Uint8Array[]): DeviceEvent[] {
  const events: DeviceEvent[] = [];
  chunks.forEach((c, i) => events.push(...parser.push(c, i)));
  events.push(...parser.idle(Number.POSITIVE_INFINITY));
  return events;
}

export function whole(bytes: Uint8Array): Uint8Array[] {
  return [bytes];
}

export function byteByByte(bytes: Uint8Array): Uint8Array[] {
  return Array.from(bytes, (b) => Uint8Array.of(b));
}

export function splitAt(bytes: Uint8Array, ...offsets: number[]): Uint8Array[] {
  const cuts = [0, ...[...offsets].sort((a, b) => a - b), bytes.length];
  return cuts.slice(1).map((end, i) => bytes.subarray(cuts[i], end));
}

/** What a nurse would see: events other than dropped bytes, without the raw frame text. */
export function meaningful(events: DeviceEvent[]): DeviceEvent[] {
  return events.filter((e) => e.type !== 'skipped').map(withoutRaw);
}

export function withoutRaw(e: DeviceEvent): DeviceEvent {
  if (!('raw' in e)) return e;
  const { raw: _raw, ...rest } = e;
  return rest as DeviceEvent;
}

export function skippedBytes(events: DeviceEvent[]): number {
  return events.reduce((n, e) => n + (e.type === 'skipped' ? e.bytes : 0), 0);
}

/** Every reading must be one a nurse could have typed. */
export function allReadingsPlausible(events: DeviceEvent[]): boolean {
  return events.every(
    (e) =>
      e.type !== 'reading' ||
      BloodPressureSchema.safeParse({ systolic: e.systolic, diastolic: e.diastolic, ...(e.pulse !== null ? { pulse: e.pulse } : {}) }).success,
  );
}

export function isPlausible(systolic: number, diastolic: number, pulse: number | null): boolean {
  return BloodPressureSchema.safeParse({ systolic, diastolic, ...(pulse !== null ? { pulse } : {}) }).success;
}
