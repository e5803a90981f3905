// What a simulated monitor's protocol behaviour may use: send frames, say in words what it does,
// run timers that all stop with the simulator, and take the script's next reading.
import type { ReadingSequence, SimulatorScript } from './simulator-script';

export interface SimContext {
  readonly script: SimulatorScript;
  readonly readings: ReadingSequence;
  /** Sends a frame now (through the noisy line). */
  send(frame: Uint8Array): void;
  /** Sends a frame after the script's reply delay, as a device takes a moment to answer. */
  reply(frame: Uint8Array): void;
  say(text: string): void;
  now(): number;
  after(ms: number, fn: () => void): () => void;
  every(ms: number, fn: () => void): () => void;
}

export interface MonitorBehaviour {
  /** The station's commands this monitor understands. */
  readonly commands: ReadonlyArray<{ name: string; bytes: Uint8Array }>;
  /** Bytes that can start or end a frame: line noise never contains them. */
  readonly frameBytes: ReadonlySet<number>;
  onCommand(name: string): void;
  /** The line came up (power-up banners). */
  onLineOpen(): void;
  /** A measurement started on the device itself (its button, its own schedule). */
  measureOnDevice(): void;
}

/** Timers owned by one simulator, all cleared when it stops. */
export class SimTimers {
  private readonly live = new Set<ReturnType<typeof setTimeout>>();
  private readonly intervals = new Set<ReturnType<typeof setInterval>>();

  after(ms: number, fn: () => void): () => void {
    const t = setTimeout(() => {
      this.live.delete(t);
      fn();
    }, ms);
    this.live.add(t);
    return () => {
      clearTimeout(t);
      this.live.delete(t);
    };
  }

  every(ms: number, fn: () => void): () => void {
    const t = setInterval(fn, ms);
    this.intervals.add(t);
    return () => {
      clearInterval(t);
      this.intervals.delete(t);
    };
  }

  clear(): void {
    for (const t of this.live) clearTimeout(t);
    for (const t of this.intervals) clearInterval(t);
    this.live.clear();
    this.intervals.clear();
  }
}
