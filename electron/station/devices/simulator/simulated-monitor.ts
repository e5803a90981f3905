// A simulated BP monitor on a serial path (one end of a socat pair, or a real null-modem port): it
// answers the station as the real device would, following a script of readings, errors, delays and
// line noise. Used by the integration tests, `npm run device -- simulate`, and installers checking
// a station without a patient.
import type { ProtocolName } from '../protocols/types';
import { PROTOCOLS } from '../protocols/index';
import { accutorrMonitor } from './accutorr-sim';
import { andTm2655Monitor } from './and-tm2655-sim';
import { CommandMatcher } from './command-matcher';
import { omronCsvMonitor } from './omron-csv-sim';
import { SimTimers, type MonitorBehaviour, type SimContext } from './sim-context';
import { SimLine } from './sim-line';
import { parseSimulatorScript, ReadingSequence, type SimulatorScript } from './simulator-script';
import { suntechMonitor } from './suntech-sim';

const BEHAVIOURS: Record<ProtocolName, (ctx: SimContext) => MonitorBehaviour> = {
  suntech: suntechMonitor,
  'and-tm2655': andTm2655Monitor,
  'omron-csv': omronCsvMonitor,
  accutorr: accutorrMonitor,
};

export interface SimulatedMonitorOptions {
  protocol: ProtocolName;
  path: string;
  /** The protocol's default when absent. */
  baudRate?: number;
  /** A script object as read from JSON (defaults filled in), or an already parsed one. */
  script?: unknown;
  /** Told in words what the monitor does. */
  say?: (text: string) => void;
  now?: () => number;
}

export class SimulatedMonitor {
  private readonly timers = new SimTimers();
  private readonly behaviour: MonitorBehaviour;
  private readonly line: SimLine;
  private readonly matcher: CommandMatcher<string>;
  private stopped = false;
  private openWaiters: Array<() => void> = [];
  readonly script: SimulatorScript;

  private constructor(options: SimulatedMonitorOptions) {
    this.script = parseSimulatorScript(options.script);
    const say = options.say ?? (() => undefined);
    const now = options.now ?? Date.now;
    const driver = PROTOCOLS[options.protocol];
    const ctx: SimContext = {
      script: this.script,
      readings: new ReadingSequence(this.script.readings),
      send: (frame) => this.line.send(frame),
      reply: (frame) => {
        if (this.script.replyDelayMs === 0) this.line.send(frame);
        else this.timers.after(this.script.replyDelayMs, () => this.line.send(frame));
      },
      say,
      now,
      after: (ms, fn) => this.timers.after(ms, fn),
      every: (ms, fn) => this.timers.every(ms, fn),
    };
    this.behaviour = BEHAVIOURS[options.protocol](ctx);
    this.matcher = new CommandMatcher(this.behaviour.commands);
    this.line = new SimLine(options.path, options.baudRate ?? driver.defaultBaud, this.script.noise, this.behaviour.frameBytes, {
      opened: () => {
        this.behaviour.onLineOpen();
        const waiters = this.openWaiters;
        this.openWaiters = [];
        for (const resolve of waiters) resolve();
      },
      closed: (reason) => say(`${reason}; waiting for the line to come back.`),
      data: (bytes) => {
        for (const name of this.matcher.push(bytes)) this.behaviour.onCommand(name);
      },
    });
  }

  /** Opens the path and starts behaving like the monitor; rejects if the path cannot be opened. */
  static async start(options: SimulatedMonitorOptions): Promise<SimulatedMonitor> {
    const monitor = new SimulatedMonitor(options);
    try {
      await monitor.line.start();
    } catch (err) {
      await monitor.stop();
      throw err;
    }
    return monitor;
  }

  /** As if someone pressed start on the device (Omron, Accutorr, A&D). */
  measureOnDevice(): void {
    if (!this.stopped) this.behaviour.measureOnDevice();
  }

  get lineOpen(): boolean {
    return this.line.isOpen;
  }

  /** Resolves when the monitor's end of the line is open (at once if it is): after a replug. */
  lineOpened(): Promise<void> {
    if (this.line.isOpen) return Promise.resolve();
    return new Promise((resolve) => this.openWaiters.push(resolve));
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.timers.clear();
    await this.line.stop();
  }
}
