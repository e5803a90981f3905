// An optional "at" time field (HH:MM) becomes an ISO time on the station's current date.
import { clockTimeToIso } from '../../format/time';

export type EntryTime = { ok: true; at: string | undefined } | { ok: false; message: string };

export function entryTimeFrom(hhmm: string, now: string, label: string): EntryTime {
  if (hhmm.trim() === '') return { ok: true, at: undefined };
  const at = clockTimeToIso(hhmm, now);
  return at ? { ok: true, at } : { ok: false, message: `${label} must be a time like 10:40` };
}
