// Clock times as nurses read them (24-hour HH:MM, local time of the station).

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

export function formatClockTime(ms: number): string {
  const d = new Date(ms);
  return `${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
