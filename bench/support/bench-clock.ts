// The station clock of an in-process core: stands still until the benchmark moves it, so a
// 12-hour shift runs as fast as the core can take it.
import type { Clock } from '../../electron/station/clock';

export class BenchClock implements Clock {
  constructor(private t: number) {}
  now(): number {
    return this.t;
  }
  advanceMinutes(minutes: number): void {
    this.t += minutes * 60_000;
  }
  set(ms: number): void {
    this.t = ms;
  }
}
