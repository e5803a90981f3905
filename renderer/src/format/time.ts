// Times and durations as the station shows them. Only formatting: every value comes from the core.
import { formatClockTime } from '../../../shared/format/clock-time';

const MINUTE = 60_000;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** 24-hour HH:MM in the station's local time. */
export function clock(iso: string): string {
  return formatClockTime(Date.parse(iso));
}

/** 24-hour HH:MM:SS, for the header clock. */
export function clockWithSeconds(iso: string): string {
  const d = new Date(iso);
  return `${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
}

/** e.g. "Wed 26 Nov". */
export function shortDate(iso: string): string {
  return new Date(iso).toLocaleDateString('en-GB', { weekday: 'short', day: 'numeric', month: 'short' });
}

/** e.g. "26 Nov 2025, 10:42". */
export function dateAndClock(iso: string): string {
  const date = new Date(iso).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });
  return `${date}, ${clock(iso)}`;
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

/** The local date of `nowIso` at HH:MM, as an ISO timestamp; null when the text is not HH:MM. */
export function clockTimeToIso(hhmm: string, nowIso: string): string | null {
  const match = /^(\d{1,2}):(\d{2})$/.exec(hhmm.trim());
  if (!match) return null;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (hours > 23 || minutes > 59) return null;
  const now = new Date(nowIso);
  return new Date(now.getFullYear(), now.getMonth(), now.getDate(), hours, minutes).toISOString();
}
