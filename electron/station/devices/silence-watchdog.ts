// A monitor that stops answering is gone even when the port stays open (Windows may not report an
// unplug; a hung USB bridge keeps the port). Every command expects an answer, so the watchdog runs
// only while a command is unanswered: a monitor that is quiet because nobody asked is never flagged.

export class SilenceWatchdog {
  private timer: ReturnType<typeof setTimeout> | null = null;

  /** `limitMs` null: the protocol has no limit (the watchdog does nothing). */
  constructor(
    private readonly limitMs: number | null,
    private readonly onSilent: (limitMs: number) => void,
  ) {}

  /** A command went out: start counting unless already waiting for an earlier answer. */
  commandSent(): void {
    const limit = this.limitMs;
    if (limit === null || this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.onSilent(limit);
    }, limit);
  }

  /** Bytes arrived: the monitor is there. */
  heard(): void {
    this.stop();
  }

  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}
