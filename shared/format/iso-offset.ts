// ISO 8601 date-times that carry the station's UTC offset (2026-03-02T10:30:00+01:00). Exports are
// read by people and systems in the clinic's own time: a bare UTC "Z" time makes a 10:30 reading look
// like 09:30 in a spreadsheet, while the offset keeps the instant exact for any system that parses it.
// The offset is an argument, never looked up here, so the result depends only on what is passed in.

const MINUTE_MS = 60_000;
/** UTC-12:00 to UTC+14:00 are the offsets in use; anything beyond is a caller's mistake (e.g. hours for minutes). */
const OFFSET_LIMIT_MIN = 14 * 60;

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** +01:00, -03:30, +00:00 (never "Z", so every time in an export reads the same way). */
export function formatOffset(offsetMinutes: number): string {
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/**
 * The instant `ms` as local time at `offsetMinutes` east of UTC (+60 for Central European winter time,
 * -300 for US Eastern winter time: the opposite sign of Date.prototype.getTimezoneOffset), to the second.
 */
export function isoWithOffset(ms: number, offsetMinutes: number): string {
  if (!Number.isFinite(ms)) throw new RangeError(`Not a time: ${ms}`);
  if (!Number.isInteger(offsetMinutes) || Math.abs(offsetMinutes) > OFFSET_LIMIT_MIN) {
    throw new RangeError(`Not a UTC offset in minutes: ${offsetMinutes}`);
  }
  // Whole seconds first, so 10:29:59.999 stays 10:29:59 rather than rounding into the next minute.
  const wholeSeconds = Math.floor(ms / 1000) * 1000;
  // The UTC fields of the shifted instant are the local fields at that offset.
  const local = new Date(wholeSeconds + offsetMinutes * MINUTE_MS);
  const date = `${pad(local.getUTCFullYear(), 4)}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}`;
  const time = `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}`;
  return `${date}T${time}${formatOffset(offsetMinutes)}`;
}
