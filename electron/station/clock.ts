// The station never reads the wall clock directly: the clock is passed in, so tests can run a
// two-hour observation in milliseconds and the headless server can offer a test clock.

export interface Clock {
  now(): number;
}

export const systemClock: Clock = { now: () => Date.now() };

/** Real time plus an offset that only moves forward; for end-to-end tests (--test-clock). */
export class AdjustableClock implements Clock {
  private offsetMs = 0;
  constructor(private readonly base: Clock = systemClock) {}
  now(): number {
    return this.base.now() + this.offsetMs;
  }
  advance(ms: number): void {
    if (!(ms >= 0)) throw new RangeError('The clock only moves forward');
    this.offsetMs += ms;
  }
}
