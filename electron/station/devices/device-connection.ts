// The serial line to ONE configured monitor: opens the port, feeds its bytes to the protocol parser,
// reports what the parser decodes and what the line is doing, and reopens the port by itself after an
// unplug (serialport has no reconnect of its own). Nothing here throws into the caller: a monitor
// that misbehaves must never take the station down with it.
import { existsSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import type { SerialPort } from 'serialport';
import type { UsbIdentity } from '../../../shared/domain/devices';
import { ConnectionEvents, type ConnectionEvent, type ConnectionListener, type ConnectionState, type ConnectionStats } from './connection-events';
import { findPortByIdentity, isUsableIdentity } from './device-identity';
import { MeasurementFlow } from './measurement-flow';
import { describeOpenFailure } from './port-open-error';
import { watchPortPresence } from './port-presence';
import type { DeviceEvent, FailedEvent, ProtocolDriver, ProtocolParser } from './protocols/types';
import { backoff, type ReconnectPolicy } from './reconnect-policy';
import { listSerialPorts } from './serial-port-list';
import { closePort, createPort } from './serial-port-io';
import type { ListedPort } from './serial-port-types';
import { SilenceWatchdog } from './silence-watchdog';

export type { ConnectionEvent, ConnectionListener, ConnectionState, ConnectionStateEvent, ConnectionStats } from './connection-events';

export interface DeviceConnectionOptions {
  path: string;
  baudRate: number;
  driver: ProtocolDriver;
  /** Recorded at setup; used to find the device again when its port is renamed. */
  usb?: UsbIdentity | null;
}

export interface DeviceConnectionDeps {
  /** Clock for the times reported in events (`since`). */
  now?: () => number;
  /** Port listing used to find a renamed device; normally listSerialPorts. */
  listPorts?: () => Promise<ListedPort[]>;
  reconnect?: ReconnectPolicy;
  cuffPollMs?: number;
  measurementTimeoutMs?: number;
}

type Timer = ReturnType<typeof setTimeout>;

export class DeviceConnection {
  private readonly events = new ConnectionEvents();
  private readonly driver: ProtocolDriver;
  private readonly baudRate: number;
  private readonly usb: UsbIdentity | null;
  private readonly now: () => number;
  private readonly listPorts: () => Promise<ListedPort[]>;
  private readonly policy: ReconnectPolicy;
  /** One parser for the connection's life: a protocol that remembers what it already reported
   *  (Accutorr's repeated answers) must not report it again after a reconnect. */
  private readonly parser: ProtocolParser;
  private readonly flow: MeasurementFlow;
  private readonly counters: ConnectionStats = { bytesReceived: 0, bytesSent: 0, framesDecoded: 0, bytesSkipped: 0 };
  private readonly watchdog: SilenceWatchdog;

  private currentPath: string;
  private port: SerialPort | null = null;
  private started = false;
  private closed = false;
  private lastOpenFailed = false;
  /** After a silence, a polled device counts as connected only once it answers again. */
  private confirmByBytes = false;
  private pendingMovedFrom: string | null = null;
  private openInFlight: Promise<void> | null = null;

  private reconnectTimer: Timer | null = null;
  private idleTimer: Timer | null = null;
  private pollTimer: ReturnType<typeof setInterval> | null = null;
  private stopPresenceWatch: (() => void) | null = null;

  constructor(options: DeviceConnectionOptions, deps: DeviceConnectionDeps = {}) {
    this.driver = options.driver;
    this.baudRate = options.baudRate;
    this.currentPath = options.path;
    this.usb = options.usb ?? null;
    this.now = deps.now ?? Date.now;
    this.listPorts = deps.listPorts ?? (() => listSerialPorts());
    this.policy = deps.reconnect ?? backoff();
    this.parser = this.driver.createParser();
    this.flow = new MeasurementFlow(
      this.driver,
      { send: (bytes) => this.write(bytes), fail: (e) => this.emitFailed(e) },
      { cuffPollMs: deps.cuffPollMs, timeoutMs: deps.measurementTimeoutMs },
    );
    this.watchdog = new SilenceWatchdog(this.driver.silenceTimeoutMs, (limitMs) => this.silent(limitMs));
  }

  /** Subscribes to events; returns the unsubscribe function. */
  on(listener: ConnectionListener): () => void {
    return this.events.on(listener);
  }

  /** Starts connecting (and keeps reconnecting until close()). Subscribe first to see 'connecting'. */
  open(): void {
    if (this.started || this.closed) return;
    this.started = true;
    this.events.setState({ type: 'connecting', path: this.currentPath });
    this.tryToOpen();
  }

  get path(): string {
    return this.currentPath;
  }

  get connectionState(): ConnectionState | null {
    return this.events.state?.type ?? null;
  }

  get measuring(): boolean {
    return this.flow.active;
  }

  stats(): ConnectionStats {
    return { ...this.counters };
  }

  /** Sends bytes to the monitor. False when the port is not open. */
  write(bytes: Uint8Array): boolean {
    const port = this.port;
    if (!port || !port.isOpen || this.closed) return false;
    try {
      port.write(Buffer.from(bytes));
    } catch {
      return false;
    }
    this.counters.bytesSent += bytes.length;
    this.watchdog.commandSent();
    return true;
  }

  /** Starts a measurement on monitors that can be told to. False when not possible right now. */
  measureNow(): boolean {
    if (this.closed || this.events.state?.type !== 'connected') return false;
    try {
      return this.flow.start();
    } catch {
      return false;
    }
  }

  /** Stops everything: no timers, no port, no more events. Resolves once the port is closed. */
  close(): Promise<void> {
    if (this.closed) return Promise.resolve();
    this.closed = true;
    this.stopLineActivity();
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
    this.reconnectTimer = null;
    const port = this.port;
    this.port = null;
    this.events.silence();
    return Promise.all([port ? closePort(port) : null, this.openInFlight]).then(() => undefined);
  }

  // ---- opening and reopening -------------------------------------------------------------------

  private tryToOpen(): void {
    // Whatever goes wrong while opening counts as a failed open (and is retried), never as an
    // unhandled rejection, which would end the process.
    this.attempt().catch((err: unknown) => this.openFailed(this.currentPath, err));
  }

  private async attempt(): Promise<void> {
    this.reconnectTimer = null;
    if (this.closed) return;
    const path = await this.locate();
    if (this.closed) return;
    let port: SerialPort;
    try {
      port = createPort(path, this.baudRate);
    } catch (err) {
      this.openFailed(path, err);
      return;
    }
    // Always listening for 'error': an unhandled one would crash the process.
    port.on('error', (err) => this.portFailed(port, `port error: ${err.message}`));
    this.openInFlight = new Promise<void>((settle) => {
      try {
        port.open((err) => {
          this.openInFlight = null;
          if (this.closed) {
            // close() came while opening: wait for this port to be closed too.
            if (!err) return void closePort(port).then(settle);
          } else if (err) {
            this.openFailed(path, err);
          } else {
            this.opened(port, path);
          }
          settle();
        });
      } catch (err) {
        this.openInFlight = null;
        this.openFailed(path, err);
        settle();
      }
    });
  }

  /** The configured path, or where the device's USB identity is found now if that path has gone. */
  private async locate(): Promise<string> {
    const path = this.currentPath;
    if (!isUsableIdentity(this.usb)) return path;
    const gone = process.platform === 'win32' ? this.lastOpenFailed : !existsSync(path);
    if (!gone) return path;
    try {
      return findPortByIdentity(await this.listPorts(), this.usb) ?? path;
    } catch {
      return path;
    }
  }

  private opened(port: SerialPort, path: string): void {
    this.lastOpenFailed = false;
    this.policy.reset();
    if (path !== this.currentPath) this.pendingMovedFrom = this.currentPath;
    this.currentPath = path;
    this.port = port;
    port.on('data', (chunk: Buffer) => this.received(port, chunk));
    port.on('close', (err: (Error & { disconnected?: boolean }) | null) =>
      this.portFailed(port, err?.disconnected ? 'the monitor was unplugged' : 'the port closed'),
    );
    this.stopPresenceWatch = watchPortPresence(path, () => this.portFailed(port, 'the port has gone (unplugged)'));
    if (!this.confirmByBytes) this.reportConnected();
    this.startPolling();
  }

  private reportConnected(): void {
    const movedFrom = this.pendingMovedFrom;
    this.pendingMovedFrom = null;
    this.events.setState({ type: 'connected', path: this.currentPath, movedFrom });
  }

  private openFailed(path: string, err: unknown): void {
    if (this.closed) return;
    this.lastOpenFailed = true;
    const failure = describeOpenFailure(path, err);
    if (failure.missing) this.reportLost(failure.message);
    else this.events.setState({ type: 'error', path, message: failure.message });
    this.scheduleReconnect();
  }

  /** The open port stopped working (unplug, read/write error, silence): drop it and reopen later. */
  private portFailed(port: SerialPort, reason: string): void {
    if (port !== this.port || this.closed) return;
    this.port = null;
    void closePort(port);
    this.stopLineActivity();
    // A frame cut short by the unplug is given up now, so it cannot merge with the next one.
    this.dispatch(this.decode(() => this.parser.idle(Number.POSITIVE_INFINITY)));
    this.reportLost(reason);
    this.scheduleReconnect();
  }

  private reportLost(reason: string): void {
    if (this.events.state?.type === 'disconnected') return;
    this.events.setState({ type: 'disconnected', path: this.currentPath, since: this.now(), reason });
  }

  private scheduleReconnect(): void {
    if (this.closed || this.reconnectTimer) return;
    this.reconnectTimer = setTimeout(() => this.tryToOpen(), this.policy.nextDelayMs());
  }

  // ---- traffic ---------------------------------------------------------------------------------

  private received(port: SerialPort, chunk: Buffer): void {
    if (port !== this.port || this.closed) return;
    this.counters.bytesReceived += chunk.length;
    this.watchdog.heard();
    if (this.confirmByBytes) {
      this.confirmByBytes = false;
      this.reportConnected();
    }
    this.dispatch(this.decode(() => this.parser.push(Uint8Array.from(chunk), performance.now())));
    // Give the parser a chance to drop a partial frame once the line has been quiet long enough.
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => {
      this.idleTimer = null;
      this.dispatch(this.decode(() => this.parser.idle(performance.now())));
    }, this.driver.interByteTimeoutMs + 10);
  }

  /** Parsers promise never to throw; this runs inside serialport's 'data' event, so make sure. */
  private decode(work: () => DeviceEvent[]): DeviceEvent[] {
    try {
      return work();
    } catch {
      return [];
    }
  }

  private dispatch(events: DeviceEvent[]): void {
    for (const e of events) {
      if (e.type === 'skipped') this.counters.bytesSkipped += e.bytes;
      else this.counters.framesDecoded++;
      this.emit(e);
      if (this.closed) continue;
      try {
        this.flow.onEvent(e);
      } catch {
        this.flow.cancel();
      }
    }
  }

  /** A command went unanswered too long: the monitor is gone even if the port says otherwise. */
  private silent(limitMs: number): void {
    const port = this.port;
    if (!port) return;
    // A polled monitor is only back once it answers again, or it would flap connected/disconnected.
    if (this.driver.pollsForResults) this.confirmByBytes = true;
    this.portFailed(port, `no answer for ${Math.round(limitMs / 100) / 10} s`);
  }

  private startPolling(): void {
    const poll = this.driver.commands.poll;
    const every = this.driver.pollIntervalMs;
    if (!this.driver.pollsForResults || !poll || !every) return;
    this.write(poll);
    this.pollTimer = setInterval(() => this.write(poll), every);
  }

  /** Timers and flows that belong to one open port. */
  private stopLineActivity(): void {
    this.flow.cancel();
    this.stopPresenceWatch?.();
    this.stopPresenceWatch = null;
    this.watchdog.stop();
    if (this.idleTimer) clearTimeout(this.idleTimer);
    if (this.pollTimer) clearInterval(this.pollTimer);
    this.idleTimer = this.pollTimer = null;
  }

  // ---- events ----------------------------------------------------------------------------------

  private emitFailed(e: FailedEvent): void {
    this.counters.framesDecoded++;
    this.emit(e);
  }

  private emit(e: ConnectionEvent): void {
    if (!this.closed) this.events.emit(e);
  }
}
