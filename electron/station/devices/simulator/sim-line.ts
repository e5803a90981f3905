// The simulated monitor's end of the serial line: opens the path like a real device end, writes
// frames in order (optionally with garbage in front and split into pieces, as noisy lines and USB
// adapters deliver them), and comes back by itself when the line is unplugged and plugged in again,
// so the device keeps its state (readings already taken) across the unplug.
import { SerialPort } from 'serialport';
import { watchPortPresence } from '../port-presence';
import { seededRandom } from './seeded-random';
import type { SimulatorScript } from './simulator-script';

export interface SimLineHandlers {
  opened(): void;
  closed(reason: string): void;
  data(bytes: Uint8Array): void;
}

const REOPEN_EVERY_MS = 200;
const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export class SimLine {
  private port: SerialPort | null = null;
  private stopped = false;
  private reopenTimer: ReturnType<typeof setTimeout> | null = null;
  private queue: Promise<void> = Promise.resolve();
  private readonly random: () => number;
  private firstOpen: { resolve: () => void; reject: (e: Error) => void } | null = null;
  private stopPresenceWatch: (() => void) | null = null;

  constructor(
    private readonly path: string,
    private readonly baudRate: number,
    private readonly noise: SimulatorScript['noise'],
    /** Bytes garbage must not contain, so noise can never form a frame by chance. */
    private readonly frameBytes: ReadonlySet<number>,
    private readonly handlers: SimLineHandlers,
  ) {
    this.random = seededRandom(noise.seed);
  }

  /** Resolves once the port is open the first time; rejects if that first open fails. */
  start(): Promise<void> {
    return new Promise((resolve, reject) => {
      this.firstOpen = { resolve, reject };
      this.open();
    });
  }

  get isOpen(): boolean {
    return Boolean(this.port?.isOpen);
  }

  /** Queues a frame; frames go out whole and in order even when split into timed pieces. */
  send(frame: Uint8Array): void {
    const pieces = this.pieces(frame);
    this.queue = this.queue.then(async () => {
      for (let i = 0; i < pieces.length; i++) {
        if (i > 0 && this.noise.chunkGapMs > 0) await wait(this.noise.chunkGapMs);
        const port = this.port;
        if (!port?.isOpen) return; // unplugged: a device's bytes into a loose cable are lost
        await new Promise<void>((resolve) => port.write(Buffer.from(pieces[i]), () => resolve()));
      }
    });
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.reopenTimer) clearTimeout(this.reopenTimer);
    this.reopenTimer = null;
    this.stopPresenceWatch?.();
    this.stopPresenceWatch = null;
    await this.queue.catch(() => undefined);
    const port = this.port;
    this.port = null;
    if (port?.isOpen) await new Promise<void>((resolve) => port.close(() => resolve()));
  }

  private pieces(frame: Uint8Array): Uint8Array[] {
    const garbage: number[] = [];
    while (garbage.length < this.noise.garbageBytes) {
      const b = Math.floor(this.random() * 256);
      if (!this.frameBytes.has(b)) garbage.push(b);
    }
    const all = Uint8Array.from([...garbage, ...frame]);
    const size = this.noise.chunkBytes > 0 ? this.noise.chunkBytes : all.length;
    const out: Uint8Array[] = [];
    for (let at = 0; at < all.length; at += size) out.push(all.subarray(at, at + size));
    return out;
  }

  private open(): void {
    this.reopenTimer = null;
    if (this.stopped) return;
    const port = new SerialPort({ path: this.path, baudRate: this.baudRate, autoOpen: false });
    port.on('error', () => undefined); // reported through close/open failures instead
    port.open((err) => {
      if (this.stopped) {
        if (!err) port.close();
        return;
      }
      if (err) {
        if (this.firstOpen) {
          this.firstOpen.reject(new Error(`Cannot open ${this.path}: ${err.message}`));
          this.firstOpen = null;
          return;
        }
        this.reopenTimer = setTimeout(() => this.open(), REOPEN_EVERY_MS);
        return;
      }
      this.port = port;
      const lost = (reason: string) => {
        if (this.port !== port) return;
        this.port = null;
        this.stopPresenceWatch?.();
        this.stopPresenceWatch = null;
        if (port.isOpen) port.close();
        if (this.stopped) return;
        this.handlers.closed(reason);
        this.reopenTimer = setTimeout(() => this.open(), REOPEN_EVERY_MS);
      };
      port.on('data', (chunk: Buffer) => this.handlers.data(Uint8Array.from(chunk)));
      port.on('close', (closeErr: (Error & { disconnected?: boolean }) | null) =>
        lost(closeErr?.disconnected ? 'the line was unplugged' : 'the port closed'),
      );
      this.stopPresenceWatch = watchPortPresence(this.path, () => lost('the line was unplugged'));
      this.firstOpen?.resolve();
      this.firstOpen = null;
      this.handlers.opened();
    });
  }
}
