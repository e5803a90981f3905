// The conversation that turns "Measure now" into a result, for monitors the station can start.
// SunTech (DEVICES.md §1): start -> 'O' -> poll the cuff pressure while it inflates -> 'K' -> ask for
// the last result -> result frame. A&D (§2): "ST" -> acknowledgment -> the data frame arrives by itself.
// The flow only sends commands and watches events; the connection owns the port.
import type { DeviceEvent, DeviceStatus, FailedEvent, ProtocolDriver } from './protocols/types';

export interface MeasurementFlowHost {
  /** Writes a command; false when the port is not open. */
  send(bytes: Uint8Array): boolean;
  /** Reports a failed measurement the device itself did not report (it refused, or never finished). */
  fail(event: FailedEvent): void;
}

export interface MeasurementFlowOptions {
  /** DEVICES.md: poll the cuff pressure about every 200 ms while measuring. */
  cuffPollMs?: number;
  /** A monitor that never finishes must not leave the chair "measuring" for ever. */
  timeoutMs?: number;
}

type Phase = 'idle' | 'starting' | 'measuring' | 'reading-result';

/** Statuses after which the monitor will not produce this result (the station reports why). */
const REFUSALS: Partial<Record<DeviceStatus, string>> = {
  busy: 'the monitor is busy and did not start',
  unrecognized: 'the monitor did not understand the start command',
  sleeping: 'the monitor is asleep and did not start',
};
/** Statuses the station core already reports as a failed measurement. */
const ENDINGS: ReadonlySet<DeviceStatus> = new Set(['aborted', 'error', 'timeout']);

export class MeasurementFlow {
  private phase: Phase = 'idle';
  private cuffTimer: ReturnType<typeof setInterval> | null = null;
  private deadline: ReturnType<typeof setTimeout> | null = null;
  private readonly cuffPollMs: number;
  private readonly timeoutMs: number;

  constructor(
    private readonly driver: ProtocolDriver,
    private readonly host: MeasurementFlowHost,
    options: MeasurementFlowOptions = {},
  ) {
    this.cuffPollMs = options.cuffPollMs ?? 200;
    this.timeoutMs = options.timeoutMs ?? 180_000;
  }

  get active(): boolean {
    return this.phase !== 'idle';
  }

  /** Sends the start command. False when this monitor cannot be started or is already measuring. */
  start(): boolean {
    const start = this.driver.commands.start;
    if (!this.driver.canStartMeasurement || !start || this.phase !== 'idle') return false;
    if (!this.host.send(start)) return false;
    this.phase = 'starting';
    this.deadline = setTimeout(() => this.timedOut(), this.timeoutMs);
    return true;
  }

  onEvent(e: DeviceEvent): void {
    if (this.phase === 'idle') return;
    if (e.type === 'reading' || e.type === 'failed') return this.finish();
    if (e.type !== 'status') return;
    const refusal = REFUSALS[e.status];
    if (refusal && this.phase === 'starting') {
      this.finish();
      this.host.fail({ type: 'failed', code: e.status, message: refusal });
    } else if (ENDINGS.has(e.status)) {
      this.finish();
    } else if (e.status === 'received' && this.phase === 'starting') {
      this.phase = 'measuring';
      this.pollCuff();
    } else if (e.status === 'complete' && this.phase !== 'reading-result') {
      this.stopCuffPolling();
      const ask = this.driver.commands.requestResult;
      // Without a "read result" command the result comes by itself (A&D after "ST").
      if (ask) {
        this.phase = 'reading-result';
        this.host.send(ask);
      }
    }
  }

  /** Forgets the measurement without reporting anything (the port closed or the link is shutting down). */
  cancel(): void {
    this.phase = 'idle';
    this.stopCuffPolling();
    if (this.deadline) clearTimeout(this.deadline);
    this.deadline = null;
  }

  private pollCuff(): void {
    const ask = this.driver.commands.cuffPressure;
    if (!this.driver.reportsCuffPressure || !ask) return;
    this.host.send(ask);
    this.cuffTimer = setInterval(() => this.host.send(ask), this.cuffPollMs);
  }

  private stopCuffPolling(): void {
    if (this.cuffTimer) clearInterval(this.cuffTimer);
    this.cuffTimer = null;
  }

  private finish(): void {
    this.cancel();
  }

  private timedOut(): void {
    this.deadline = null;
    if (this.phase === 'idle') return;
    const abort = this.driver.commands.abort;
    this.cancel();
    // Stop the cuff rather than leave it squeezing an arm nobody is reading.
    if (abort) this.host.send(abort);
    this.host.fail({ type: 'failed', code: 'no-result', message: 'the monitor did not finish the measurement in time' });
  }
}
