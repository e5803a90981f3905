// Calendar dates (YYYY-MM-DD) as the clinic speaks of them: in the station's own time zone, which is
// this screen's. Used for date fields and for the days of a report; the core decides what they cover.

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** The local date of an instant, YYYY-MM-DD. */
export function localDateOf(iso: string): string {
  const d = new Date(iso);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The date `days` calendar days after (or, negative, before) a YYYY-MM-DD date. */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const shifted = new Date(y, m - 1, d + days);
  return `${shifted.getFullYear()}-${pad(shifted.getMonth() + 1)}-${pad(shifted.getDate())}`;
}

/** A YYYY-MM-DD date for reading, e.g. "Wed 26 Nov 2025". */
export function dayLabel(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(y, m - 1, d).toLocaleDateString('en-GB', { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' });
}
