// When an entry happened: now, or a time the user gave. A given time may not lie in the future
// (beyond clock drift between devices) or before the patient was checked in.
import { formatClockTime } from '../../shared/format/clock-time';
import { notAllowed } from './station-error';

const FUTURE_TOLERANCE_MS = 60_000;
const MINUTE = 60_000;

export function entryTime(given: string | undefined, now: number, checkedInAt: string, field = 'at'): number {
  if (given === undefined) return now;
  const t = Date.parse(given);
  if (t > now + FUTURE_TOLERANCE_MS) {
    throw notAllowed(`The time ${formatClockTime(t)} is in the future`, field);
  }
  // Times are entered to the minute, so the minute of check-in itself is allowed.
  const checkIn = Date.parse(checkedInAt);
  if (t < Math.floor(checkIn / MINUTE) * MINUTE) {
    throw notAllowed(`The time ${formatClockTime(t)} is before the patient was checked in (${formatClockTime(checkIn)})`, field);
  }
  return t;
}
