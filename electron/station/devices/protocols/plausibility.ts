// One rule for what a blood pressure may be, whether typed by a nurse or sent by a monitor: the
// station's own BloodPressureSchema. Cuffs send values like 2047/238 after a failed measurement; those
// become a failed measurement with the reason, never a reading.
import { BloodPressureSchema, Spo2Schema } from '../../../../shared/domain/vitals';
import type { FailedEvent, ReadingEvent } from './types';

export interface MeasuredValues {
  systolic: number;
  diastolic: number;
  map: number | null;
  pulse: number | null;
  /** Only for protocols that carry these (Accutorr); left out of the event otherwise. */
  spo2?: number | null;
  ageMinutes?: number | null;
  deviceTime: string | null;
  raw?: string;
}

export function readingOrFailure(v: MeasuredValues): ReadingEvent | FailedEvent {
  const check = BloodPressureSchema.safeParse({
    systolic: v.systolic,
    diastolic: v.diastolic,
    ...(v.pulse !== null ? { pulse: v.pulse } : {}),
  });
  if (!check.success) {
    const reason = check.error.issues[0]?.message ?? 'not a possible blood pressure';
    const values = `${v.systolic}/${v.diastolic}${v.pulse !== null ? `, pulse ${v.pulse}` : ''}`;
    return withRaw({ type: 'failed', code: 'implausible', message: `impossible values ${values}: ${lowerFirst(reason)}` }, v.raw);
  }
  const reading: ReadingEvent = {
    type: 'reading',
    systolic: v.systolic,
    diastolic: v.diastolic,
    map: v.map,
    pulse: v.pulse,
    ...(v.spo2 !== undefined ? { spo2: plausibleSpo2(v.spo2) } : {}),
    ...(v.ageMinutes !== undefined ? { ageMinutes: v.ageMinutes } : {}),
    deviceTime: v.deviceTime,
  };
  return withRaw(reading, v.raw);
}

/** An oximeter value outside what a finger probe can read is dropped rather than stored. */
export function plausibleSpo2(value: number | null): number | null {
  return value !== null && Spo2Schema.safeParse(value).success ? value : null;
}

/** A device's error code in words, from the protocol's table (codes missing from it still say which). */
export function deviceFailure(code: string, table: Readonly<Record<string, string>>, raw?: string): FailedEvent {
  const message = Object.prototype.hasOwnProperty.call(table, code) ? table[code] : `device error code ${code}`;
  return withRaw({ type: 'failed', code, message }, raw);
}

function withRaw<T extends object>(event: T, raw: string | undefined): T {
  return raw === undefined ? event : { ...event, raw };
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
