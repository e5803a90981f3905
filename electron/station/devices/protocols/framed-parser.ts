// What every protocol parser shares: keeping undecoded bytes between pushes, giving up a partial
// frame after a silence, and the promise never to throw.
import { ByteQueue } from './byte-queue';
import { EventList } from './event-list';
import type { DeviceEvent, ProtocolParser } from './types';

export abstract class FramedParser implements ProtocolParser {
  protected readonly queue = new ByteQueue();
  private lastByteAt = -Infinity;

  constructor(private readonly interByteTimeoutMs: number) {}

  /**
   * Decode as many frames as the queued bytes allow. With `final`, no more bytes will complete what
   * is queued (the line went quiet): an incomplete frame start is dropped and decoding resumes
   * after it, so complete frames behind a false start are still found.
   */
  protected abstract drain(final: boolean, out: EventList): void;

  /** Forget per-connection state after an internal failure (subclasses with state override it). */
  protected resetState(): void {}

  push(chunk: Uint8Array, nowMs: number): DeviceEvent[] {
    return this.guarded((out) => {
      // Bytes left from before a silence cannot belong to the frame that starts now. Checked here
      // too so a parser stays correct even when the port layer never calls idle().
      if (this.queue.length > 0 && this.stale(nowMs)) this.drain(true, out);
      if (chunk.length === 0) return;
      this.queue.append(chunk);
      this.lastByteAt = nowMs;
      this.drain(false, out);
    });
  }

  idle(nowMs: number): DeviceEvent[] {
    return this.guarded((out) => {
      if (this.queue.length > 0 && this.stale(nowMs)) this.drain(true, out);
    });
  }

  private stale(nowMs: number): boolean {
    return nowMs - this.lastByteAt >= this.interByteTimeoutMs;
  }

  // The port layer must keep running whatever a device sends; an unexpected fault in decoding drops
  // the undecoded bytes (reported as skipped) instead of propagating.
  private guarded(work: (out: EventList) => void): DeviceEvent[] {
    const out = new EventList();
    try {
      work(out);
    } catch {
      out.skip(this.queue.length);
      this.queue.clear();
      this.resetState();
    }
    return out.events;
  }
}
