// A monitor on a real serial line for integration tests: socat pair, simulated monitor on one end,
// the station's DeviceConnection on the other, and a log of the connection's events that tests wait
// on (instead of sleeping).
import { DeviceConnection, type ConnectionEvent, type DeviceConnectionDeps } from '../../electron/station/devices/device-connection';
import { PROTOCOLS } from '../../electron/station/devices/protocols';
import type { ProtocolDriver, ProtocolName } from '../../electron/station/devices/protocols/types';
import { SimulatedMonitor } from '../../electron/station/devices/simulator/simulated-monitor';
import type { UsbIdentity } from '../../shared/domain/devices';
import { startSocatPair, type SocatPair } from './socat-pair';

/** How long a test waits for something that should happen in well under a second. */
export const WAIT_MS = 10_000;

type EventOf<T extends ConnectionEvent['type']> = Extract<ConnectionEvent, { type: T }>;

export class EventLog {
  readonly events: ConnectionEvent[] = [];
  private waiters: Array<{ from: number; match: (e: ConnectionEvent) => boolean; resolve: (e: ConnectionEvent) => void }> = [];

  record(e: ConnectionEvent): void {
    this.events.push(e);
    const index = this.events.length - 1;
    this.waiters = this.waiters.filter((w) => {
      if (index < w.from || !w.match(e)) return true;
      w.resolve(e);
      return false;
    });
  }

  /** Where "from now on" starts, for waitFor(). */
  mark(): number {
    return this.events.length;
  }

  of<T extends ConnectionEvent['type']>(type: T, from = 0): EventOf<T>[] {
    return this.events.slice(from).filter((e): e is EventOf<T> => e.type === type);
  }

  /** The first event of this type (and matching `where`) at or after `from`, already logged or still to come. */
  waitFor<T extends ConnectionEvent['type']>(
    type: T,
    options: { from?: number; where?: (e: EventOf<T>) => boolean; timeoutMs?: number } = {},
  ): Promise<EventOf<T>> {
    const from = options.from ?? 0;
    const match = (e: ConnectionEvent): boolean => e.type === type && (!options.where || options.where(e as EventOf<T>));
    const seen = this.events.slice(from).find(match);
    if (seen) return Promise.resolve(seen as EventOf<T>);
    const timeoutMs = options.timeoutMs ?? WAIT_MS;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w.resolve !== done);
        const got = this.events.map((e) => e.type).join(', ');
        reject(new Error(`No '${type}' event within ${timeoutMs} ms; events so far: ${got}`));
      }, timeoutMs);
      const done = (e: ConnectionEvent) => {
        clearTimeout(timer);
        resolve(e as EventOf<T>);
      };
      this.waiters.push({ from, match, resolve: done });
    });
  }
}

export interface Rig {
  pair: SocatPair;
  monitor: SimulatedMonitor;
  connection: DeviceConnection;
  log: EventLog;
  /** Replaces the simulated monitor (e.g. with another script); the old one is stopped. */
  restartMonitor(script?: unknown, path?: string): Promise<SimulatedMonitor>;
  dispose(): Promise<void>;
}

export interface RigOptions {
  protocol: ProtocolName;
  script?: unknown;
  /** Changes to the protocol's descriptor (shorter poll intervals keep tests quick). */
  driver?: Partial<ProtocolDriver>;
  usb?: UsbIdentity | null;
  deps?: DeviceConnectionDeps;
}

export async function startRig(options: RigOptions): Promise<Rig> {
  const pair = await startSocatPair();
  const driver: ProtocolDriver = { ...PROTOCOLS[options.protocol], ...options.driver };
  let monitor: SimulatedMonitor;
  try {
    monitor = await SimulatedMonitor.start({ protocol: options.protocol, path: pair.a, script: options.script });
  } catch (err) {
    await pair.dispose();
    throw err;
  }
  const log = new EventLog();
  const connection = new DeviceConnection({ path: pair.b, baudRate: driver.defaultBaud, driver, usb: options.usb ?? null }, options.deps);
  connection.on((e) => log.record(e));
  connection.open();
  const rig: Rig = {
    pair,
    monitor,
    connection,
    log,
    async restartMonitor(script = options.script, path = pair.a) {
      await rig.monitor.stop();
      rig.monitor = await SimulatedMonitor.start({ protocol: options.protocol, path, script });
      return rig.monitor;
    },
    async dispose() {
      await connection.close();
      await rig.monitor.stop();
      await pair.dispose();
    },
  };
  return rig;
}

/** A real unplug and replug: socat killed and started again on the same links. Resolves once the
 *  station's end is connected again; returns the log mark from before the unplug. */
export async function unplugAndReplug(rig: Rig): Promise<number> {
  const from = rig.log.mark();
  await rig.pair.kill();
  await rig.log.waitFor('disconnected', { from });
  await rig.pair.restart();
  await rig.log.waitFor('connected', { from });
  return from;
}
