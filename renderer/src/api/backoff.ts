// Reconnect delays: quick at first (a station restart takes a second or two), then every few seconds.
const DELAYS_MS = [250, 500, 1000, 2000, 3000, 5000];

export function reconnectDelay(attempt: number): number {
  const base = DELAYS_MS[Math.min(attempt, DELAYS_MS.length - 1)];
  // A little jitter so several screens do not all knock at the same instant.
  return Math.round(base * (0.85 + Math.random() * 0.3));
}
