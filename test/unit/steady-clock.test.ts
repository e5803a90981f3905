import { describe, expect, it } from 'vitest';
import { DEFAULT_SLEW_RATE, SteadyClock, type ClockJump } from '../../electron/station/steady-clock';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** A PC's two clocks: the wall clock anyone can set, and the monotonic one that only counts. */
class FakePcClocks {
  wall = Date.parse('2026-03-02T09:00:00.000Z');
  monotonic = 5_000;
  /** Real time passes: both clocks move. */
  pass(ms: number): void {
    this.wall += ms;
    this.monotonic += ms;
  }
  /** Someone sets the wall clock: only it moves. */
  setWall(byMs: number): void {
    this.wall += byMs;
  }
}

function stationOn(pc: FakePcClocks) {
  const jumps: ClockJump[] = [];
  const clock = new SteadyClock({ wallMs: () => pc.wall, monotonicMs: () => pc.monotonic, onJump: (j) => jumps.push(j) });
  return { clock, jumps };
}

/** Reads the clock every second for `ms` of real time, as the station's heartbeat does; returns every reading. */
function heartbeat(pc: FakePcClocks, clock: SteadyClock, ms: number, everyMs = 1000): number[] {
  const readings: number[] = [];
  for (let t = 0; t < ms; t += everyMs) {
    pc.pass(everyMs);
    readings.push(clock.now());
  }
  return readings;
}

function neverDecreases(readings: number[]): boolean {
  return readings.every((r, i) => i === 0 || r >= readings[i - 1]);
}

describe('steady clock', () => {
  it('tells the wall-clock time while the wall clock runs true', () => {
    const pc = new FakePcClocks();
    const { clock, jumps } = stationOn(pc);
    expect(clock.now()).toBe(pc.wall);
    heartbeat(pc, clock, 10 * MINUTE);
    expect(clock.now()).toBe(pc.wall);
    expect(jumps).toEqual([]);
  });

  it('follows small time-sync corrections at once, without calling them jumps', () => {
    const pc = new FakePcClocks();
    const { clock, jumps } = stationOn(pc);
    heartbeat(pc, clock, MINUTE);
    pc.setWall(1_500);
    expect(clock.now()).toBe(pc.wall);
    pc.pass(1000);
    pc.setWall(-1_800);
    // Behind its last answer now: held there, then the wall clock is followed again.
    const held = clock.now();
    expect(held).toBeGreaterThanOrEqual(pc.wall);
    heartbeat(pc, clock, 5_000);
    expect(clock.now()).toBe(pc.wall);
    expect(jumps).toEqual([]);
  });

  it('keeps an observation timer true when the PC clock is set back an hour, and never goes back', () => {
    const pc = new FakePcClocks();
    const { clock, jumps } = stationOn(pc);
    const doseAt = clock.now();
    const before = heartbeat(pc, clock, 20 * MINUTE);
    pc.setWall(-HOUR);
    const after = heartbeat(pc, clock, 20 * MINUTE);

    expect(neverDecreases([...before, ...after])).toBe(true);
    // 40 real minutes after the dose, the BP check is due: the timer says so, within seconds.
    const elapsed = clock.now() - doseAt;
    expect(Math.abs(elapsed - 40 * MINUTE)).toBeLessThan(15_000);
    expect(jumps).toHaveLength(1);
    expect(jumps[0].deltaMs).toBe(-HOUR);
  });

  it('does not leap a timer forward when the PC clock is set 3 hours ahead', () => {
    const pc = new FakePcClocks();
    const { clock, jumps } = stationOn(pc);
    const doseAt = clock.now();
    heartbeat(pc, clock, 20 * MINUTE);
    let last = clock.now();
    pc.setWall(3 * HOUR);
    for (let s = 0; s < 20 * 60; s++) {
      pc.pass(1000);
      const now = clock.now();
      // One real second never moves station time by more than a second and the slew.
      expect(now - last).toBeLessThanOrEqual(1000 * (1 + DEFAULT_SLEW_RATE) + 1);
      last = now;
    }
    const elapsed = clock.now() - doseAt;
    expect(Math.abs(elapsed - 40 * MINUTE)).toBeLessThan(15_000);
    expect(jumps).toHaveLength(1);
  });

  it('reports each jump with where the wall clock should have been and where it was', () => {
    const pc = new FakePcClocks();
    const { clock, jumps } = stationOn(pc);
    heartbeat(pc, clock, 5_000);
    const expected = pc.wall + 1000;
    pc.pass(1000);
    pc.setWall(3 * HOUR);
    clock.now();
    heartbeat(pc, clock, 5_000);
    pc.setWall(-HOUR);
    clock.now();
    expect(jumps).toHaveLength(2);
    expect(jumps[0]).toEqual({ fromMs: expected, toMs: expected + 3 * HOUR, deltaMs: 3 * HOUR });
    expect(jumps[1].deltaMs).toBe(-HOUR);
  });

  it('re-joins the wall clock after a correction, never running more than the slew rate fast', () => {
    const pc = new FakePcClocks();
    const { clock } = stationOn(pc);
    clock.now();
    pc.setWall(10 * MINUTE);
    expect(clock.now()).toBe(pc.wall - 10 * MINUTE);
    const readings = heartbeat(pc, clock, 17 * HOUR, 10_000);
    const fastest = Math.max(...readings.slice(1).map((r, i) => r - readings[i]));
    expect(fastest).toBeLessThanOrEqual(10_000 * (1 + DEFAULT_SLEW_RATE) + 1);
    expect(clock.now()).toBe(pc.wall);
    expect(clock.offsetMs()).toBe(0);
  });

  it('tells the time in whole milliseconds, as the wall clock does, though the monotonic clock counts fractions', () => {
    const pc = new FakePcClocks();
    const { clock } = stationOn(pc);
    pc.setWall(-HOUR);
    for (let i = 0; i < 100; i++) {
      pc.wall += 1000;
      pc.monotonic += 1000.37;
      expect(Number.isInteger(clock.now())).toBe(true);
    }
  });

  it('keeps telling the time when the jump report fails', () => {
    const pc = new FakePcClocks();
    const clock = new SteadyClock({
      wallMs: () => pc.wall,
      monotonicMs: () => pc.monotonic,
      onJump: () => {
        throw new Error('log is full');
      },
    });
    const before = clock.now();
    pc.pass(1000);
    pc.setWall(-HOUR);
    expect(clock.now()).toBe(before + 1000);
  });
});
