// Times and durations as the station shows them. Only formatting: every value comes from the core.
// Clock times and dates follow the station's display preferences (24- or 12-hour clock, the order
// of day, month and year). They are held here, module-wide, so that the many places that print a
// time keep calling clock(iso) and friends without passing the preference along; the preferences
// provider sets them as soon as the station's settings arrive.
import type { StationPreferences } from '../../../shared/domain/station-preferences';
import { formatClockTime } from '../../../shared/format/clock-time';

export type DisplayFormat = Pick<StationPreferences, 'clockFormat' | 'dateFormat'>;

const MINUTE = 60_000;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

let display: DisplayFormat = { clockFormat: '24h', dateFormat: 'day-month-year' };

/** How clock times and dates are shown from now on. */
export function setDisplayFormat(next: DisplayFormat): void {
  display = { clockFormat: next.clockFormat, dateFormat: next.dateFormat };
}

export function displayFormat(): DisplayFormat {
  return display;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** "2:05 PM" style parts of a local time; midnight is 12 AM, noon 12 PM. */
function twelveHour(d: Date): { hour: number; suffix: 'AM' | 'PM' } {
  const h = d.getHours();
  return { hour: h % 12 === 0 ? 12 : h % 12, suffix: h < 12 ? 'AM' : 'PM' };
}

/** HH:MM (24-hour) or h:mm AM/PM, in the station's local time. */
export function clock(iso: string): string {
  if (display.clockFormat === '24h') return formatClockTime(Date.parse(iso));
  const d = new Date(iso);
  const { hour, suffix } = twelveHour(d);
  return `${hour}:${pad(d.getMinutes())} ${suffix}`;
}

/** The same with seconds, for the header clock. */
export function clockWithSeconds(iso: string): string {
  const d = new Date(iso);
  if (display.clockFormat === '24h') return `${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
  const { hour, suffix } = twelveHour(d);
  return `${hour}:${pad(d.getMinutes())}:${pad(d.getSeconds())} ${suffix}`;
}

function isoDate(d: Date): string {
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The weekday and date without the year: "Wed 26 Nov", "Wed, Nov 26" or "Wed 2025-11-26". */
export function shortDate(iso: string): string {
  const d = new Date(iso);
  const weekday = WEEKDAYS[d.getDay()];
  switch (display.dateFormat) {
    case 'day-month-year':
      return `${weekday} ${d.getDate()} ${MONTHS[d.getMonth()]}`;
    case 'month-day-year':
      return `${weekday}, ${MONTHS[d.getMonth()]} ${d.getDate()}`;
    case 'year-month-day':
      return `${weekday} ${isoDate(d)}`;
  }
}

/** The date with its year: "26 Nov 2025", "Nov 26, 2025" or "2025-11-26". */
export function longDateText(iso: string): string {
  const d = new Date(iso);
  switch (display.dateFormat) {
    case 'day-month-year':
      return `${d.getDate()} ${MONTHS[d.getMonth()]} ${d.getFullYear()}`;
    case 'month-day-year':
      return `${MONTHS[d.getMonth()]} ${d.getDate()}, ${d.getFullYear()}`;
    case 'year-month-day':
      return isoDate(d);
  }
}

/** e.g. "26 Nov 2025, 10:42", "Nov 26, 2025, 10:42 AM" or "2025-11-26 10:42". */
export function dateAndClock(iso: string): string {
  const separator = display.dateFormat === 'year-month-day' ? ' ' : ', ';
  return `${longDateText(iso)}${separator}${clock(iso)}`;
}

/** h:mm:ss, e.g. 1:07:05. */
export function duration(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  return `${h}:${pad(m)}:${pad(s)}`;
}

/** m:ss for short countdowns, e.g. 4:12; rounds up so it never shows 0:00 while time remains. */
export function shortCountdown(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(total / 60)}:${pad(total % 60)}`;
}

/** Whole minutes from now until then, rounded up (0 when it has passed). */
export function minutesUntil(nowIso: string, thenIso: string): number {
  return Math.max(0, Math.ceil((Date.parse(thenIso) - Date.parse(nowIso)) / MINUTE));
}

/** "12 min", "1 h 5 min". */
export function minutesText(minutes: number): string {
  if (minutes < 60) return `${minutes} min`;
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
}

/**
 * The local date of `nowIso` at a typed time, as an ISO timestamp; null when the text is not a time.
 * Takes 24-hour "14:05" and, since a 12-hour station shows times that way, "2:05 PM" too.
 */
export function clockTimeToIso(typed: string, nowIso: string): string | null {
  const match = /^(\d{1,2}):(\d{2})(?:\s*([ap])\.?\s*m\.?)?$/i.exec(typed.trim());
  if (!match) return null;
  let hours = Number(match[1]);
  const minutes = Number(match[2]);
  const half = match[3]?.toLowerCase();
  if (minutes > 59) return null;
  if (half) {
    if (hours < 1 || hours > 12) return null;
    hours = (hours % 12) + (half === 'p' ? 12 : 0);
  } else if (hours > 23) {
    return null;
  }
  const now = new Date(nowIso);
  return new Date(now.getFullYear(), now.getMonth(), now.getDate(), hours, minutes).toISOString();
}
