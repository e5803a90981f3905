// The station's real clock. It follows the PC's wall clock, but an observation timer is
// `now - dose time`, so a wall clock that jumps (someone sets the PC's time, a large time-sync
// correction) would make every open session's elapsed time jump with it: a patient could look
// observed for 3 hours after 40 minutes, or an overdue check could vanish. So every reading is
// checked against a monotonic clock, which only measures how much time passed:
//
// - A wall-clock step of less than the threshold (ordinary time-sync drift) is followed as it is.
// - A larger step is not followed: station time carries on by the monotonic clock, the step is
//   reported through onJump, and the difference to the wall clock is remembered as an offset.
// - The offset is then worked off by slewing: station time runs at most `slewRate` faster or
//   slower than real time until it meets the wall clock again. With the default 1 %, a timer is
//   never more than 36 s per hour off the truth (a 2-hour observation within 72 s), and a
//   10-minute correction is absorbed in under 17 hours. A step of hours is absorbed only over
//   days: in practice the station re-joins the wall clock at its next start, which reads the
//   wall clock fresh. (Adopting the step at once was rejected: it is exactly the jump in every
//   open session's timer this clock exists to prevent.)
// - Station time never goes backwards, whatever the wall clock does.
//
// The monotonic clock of some systems stops while the PC sleeps: after a sleep, the wall clock
// seems to leap forward, and station time then lags by the sleep and slews back. Timers then read
// short (the conservative side: observation lasts longer), which is one more reason the kiosk PC
// must not be set to sleep.
import type { Clock } from './clock';

export interface ClockJump {
  /** Where the wall clock should have been by the monotonic clock (ms since the epoch). */
  fromMs: number;
  /** Where the wall clock was found. */
  toMs: number;
  /** toMs - fromMs: positive when the wall clock leapt forward, negative when it went back. */
  deltaMs: number;
}

export interface SteadyClockOptions {
  /** The wall clock, ms since the epoch. Date.now unless a test supplies one. */
  wallMs?: () => number;
  /** A clock that only measures elapsed time, in ms from any origin. performance.now unless a test supplies one. */
  monotonicMs?: () => number;
  /** A wall-clock step larger than this (in either direction) is a jump, not drift. */
  jumpThresholdMs?: number;
  /** How much faster or slower than real time station time may run while re-joining the wall clock (0.01 = 1 %). */
  slewRate?: number;
  /** Told of every jump; the station logs and records it. */
  onJump?: (jump: ClockJump) => void;
}

export const DEFAULT_JUMP_THRESHOLD_MS = 2_000;
export const DEFAULT_SLEW_RATE = 0.01;

export class SteadyClock implements Clock {
  private readonly wallMs: () => number;
  private readonly monotonicMs: () => number;
  private readonly thresholdMs: number;
  private readonly slewRate: number;
  private readonly onJump: (jump: ClockJump) => void;
  private lastWall: number;
  private lastMonotonic: number;
  private lastNow: number;
  /** Station time minus wall time: 0 while the two agree. */
  private offset = 0;

  constructor(options: SteadyClockOptions = {}) {
    this.wallMs = options.wallMs ?? (() => Date.now());
    this.monotonicMs = options.monotonicMs ?? (() => performance.now());
    this.thresholdMs = options.jumpThresholdMs ?? DEFAULT_JUMP_THRESHOLD_MS;
    this.slewRate = options.slewRate ?? DEFAULT_SLEW_RATE;
    if (!(this.thresholdMs > 0)) throw new RangeError('The jump threshold must be more than 0 ms');
    if (!(this.slewRate > 0 && this.slewRate < 1)) throw new RangeError('The slew rate must be between 0 and 1');
    this.onJump = options.onJump ?? (() => {});
    this.lastWall = this.wallMs();
    this.lastMonotonic = this.monotonicMs();
    this.lastNow = this.lastWall;
  }

  now(): number {
    const wall = this.wallMs();
    const monotonic = this.monotonicMs();
    const passed = Math.max(0, monotonic - this.lastMonotonic);
    const step = wall - this.lastWall - passed;
    if (Math.abs(step) > this.thresholdMs) {
      // Carry on by the monotonic clock: station time moves by `passed`, whatever the wall did.
      this.offset -= step;
      this.report({ fromMs: this.lastWall + passed, toMs: wall, deltaMs: step });
    } else {
      this.offset = towardZero(this.offset, passed * this.slewRate);
    }
    this.lastWall = wall;
    this.lastMonotonic = monotonic;
    // A small step back of the wall clock is held here rather than followed.
    this.lastNow = Math.max(this.lastNow, wall + this.offset);
    // Whole milliseconds, as Date.now gives: the monotonic clock counts in fractions of one.
    return Math.floor(this.lastNow);
  }

  /** How far station time is from the wall clock now (ms; positive: the station is ahead). */
  offsetMs(): number {
    return this.offset;
  }

  private report(jump: ClockJump): void {
    try {
      this.onJump(jump);
    } catch {
      // Every request asks the clock for the time: a failing report must not fail them all.
    }
  }
}

function towardZero(value: number, by: number): number {
  if (value > 0) return Math.max(0, value - by);
  if (value < 0) return Math.min(0, value + by);
  return 0;
}
