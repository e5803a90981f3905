// How long to wait before the next attempt to reopen a monitor's port. Doubling keeps an unplugged
// adapter from being hammered, the cap keeps a replugged one from waiting long to be found again.

export interface ReconnectPolicy {
  /** The wait before the next attempt; each call counts as one failed attempt. */
  nextDelayMs(): number;
  /** The port opened: the next outage starts again from the shortest wait. */
  reset(): void;
}

export function backoff(firstMs = 500, maxMs = 10_000): ReconnectPolicy {
  let attempts = 0;
  return {
    nextDelayMs() {
      const delay = Math.min(maxMs, firstMs * 2 ** Math.min(attempts, 30));
      attempts++;
      return delay;
    },
    reset() {
      attempts = 0;
    },
  };
}
