// Dates as the clinic speaks of them: in the station's own time zone, not UTC.

/** Midnight at the start of a station-local date (YYYY-MM-DD), plus whole days. */
export function localMidnight(date: string, plusDays = 0): number {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(y, m - 1, d + plusDays).getTime();
}

/** The station-local date (YYYY-MM-DD) of an instant. */
export function localDate(ms: number): string {
  const d = new Date(ms);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
