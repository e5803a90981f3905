// The serial line to ONE configured monitor: opens the port, feeds its bytes to the protocol parser,
// reports what the parser decodes and what the line is doing, and reopens the port by itself after an
// unplug (serialport has no reconnect of its own). Nothing here throws into the caller: a monitor
// that misbehaves must never take the station down with it.
import { existsSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { SerialPort } from 'serialport';
import type { UsbIdentity } from '../../../shared/domain/devices';
import { findPortByIdentity, isUsableIdentity } from './device-identity';
import { MeasurementFlow } from './measurement-flow';
import { describeOpenFailure } from './port-open-error';
import type { DeviceEvent, FailedEvent, ProtocolDriver, ProtocolParser } from './protocols/types';
import { backoff, type ReconnectPolicy } from './reconnect-policy';
import { listSerialPorts } from './serial-port-list';
import type { ListedPort } from './serial-port-types';

/** What the line is doing. `path` is the port in use, which changes when the device is found elsewhere. */
export type ConnectionStateEvent =
  | { type: 'connecting'; path: string }
  | { type: 'connected'; path: string; /** The previous path when the device was found on a new one. */ movedFrom: string | null }
  | { type: 'disconnected'; path: string; /** When the device was lost (the injected clock). */ since: number; reason: string }
  | { type: 'error'; path: string; message: string };

export type ConnectionEvent = DeviceEvent | ConnectionStateEvent;
export type ConnectionState = ConnectionStateEvent['type'];
export type ConnectionListener = (event: ConnectionEvent) => void;

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

export interface ConnectionStats {
  bytesReceived: number;
  bytesSent: number;
  /** Parser events other than skipped bytes. */
  framesDecoded: number;
  bytesSkipped: number;
}

type Timer = ReturnType<typeof setTimeout>;

export class DeviceConnection {
  private readonly listeners = new Set<ConnectionListener>();
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

  private currentPath: string;
  private port: SerialPort | null = null;
  private started = false;
  private closed = false;
  private state: ConnectionStateEvent | null = null;
  private lastOpenFailed = false;
  /** After a silence, a polled device counts as connected only once it answers again. */
  private confirmByBytes = false;
  private pendingMovedFrom: string | null = null;
  private openInFlight: Promise<void> | null = null;
  private awaitingReplySince: number | null = null;

  private reconnectTimer: Timer | null = null;
  private idleTimer: Timer | null = null;
  private watchdogTimer: Timer | null = null;
  private pollTimer: ReturnType<typeof setInterval> | null = null;

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
  }

  /** Subscribes to events; returns the unsubscribe function. */
  on(listener: ConnectionListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Starts connecting (and keeps reconnecting until close()). Subscribe first to see 'connecting'. */
  open(): void {
    if (this.started || this.closed) return;
    this.started = true;
    this.setState({ type: 'connecting', path: this.currentPath });
    void this.attempt();
  }

  get path(): string {
    return this.currentPath;
  }

  get connectionState(): ConnectionState | null {
    return this.state?.type ?? null;
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
    this.expectReply();
    return true;
  }

  /** Starts a measurement on monitors that can be told to. False when not possible right now. */
  measureNow(): boolean {
    if (this.closed || this.state?.type !== 'connected') return false;
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
    this.listeners.clear();
    return Promise.all([port ? closePort(port) : null, this.openInFlight]).then(() => undefined);
  }

  // ---- opening and reopening -------------------------------------------------------------------

  private async attempt(): Promise<void> {
    this.reconnectTimer = null;
    if (this.closed) return;
    const path = await this.locate();
    if (this.closed) return;
    let port: SerialPort;
    try {
      port = new SerialPort({
        path,
        baudRate: this.baudRate,
        dataBits: 8,
        parity: 'none',
        stopBits: 1,
        rtscts: false,
        xon: false,
        xoff: false,
        autoOpen: false,
      });
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
    if (!this.confirmByBytes) this.reportConnected();
    this.startPolling();
  }

  private reportConnected(): void {
    const movedFrom = this.pendingMovedFrom;
    this.pendingMovedFrom = null;
    this.setState({ type: 'connected', path: this.currentPath, movedFrom });
  }

  private openFailed(path: string, err: unknown): void {
    if (this.closed) return;
    this.lastOpenFailed = true;
    const failure = describeOpenFailure(path, err);
    if (failure.missing) this.reportLost(failure.message);
    else this.setState({ type: 'error', path, message: failure.message });
    this.scheduleReconnect();
  }

  /** The open port stopped working (unplug, read/write error, silence): drop it and reopen later. */
  private portFailed(port: SerialPort, reason: string): void {
    if (port !== this.port || this.closed) return;
    this.port = null;
    void closePort(port);
    this.stopLineActivity();
    // A frame cut short by the unplug is given up now, so it cannot merge with the next one.
    this.dispatch(this.parser.idle(Number.POSITIVE_INFINITY));
    this.reportLost(reason);
    this.scheduleReconnect();
  }

  private reportLost(reason: string): void {
    if (this.state?.type === 'disconnected') return;
    this.setState({ type: 'disconnected', path: this.currentPath, since: this.now(), reason });
  }

  private scheduleReconnect(): void {
    if (this.closed || this.reconnectTimer) return;
    this.reconnectTimer = setTimeout(() => void this.attempt(), this.policy.nextDelayMs());
  }

  // ---- traffic ---------------------------------------------------------------------------------

  private received(port: SerialPort, chunk: Buffer): void {
    if (port !== this.port || this.closed) return;
    this.counters.bytesReceived += chunk.length;
    this.awaitingReplySince = null;
    if (this.watchdogTimer) clearTimeout(this.watchdogTimer);
    this.watchdogTimer = null;
    if (this.confirmByBytes) {
      this.confirmByBytes = false;
      this.reportConnected();
    }
    this.dispatch(this.parser.push(Uint8Array.from(chunk), performance.now()));
    // Give the parser a chance to drop a partial frame once the line has been quiet long enough.
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => {
      this.idleTimer = null;
      this.dispatch(this.parser.idle(performance.now()));
    }, this.driver.interByteTimeoutMs + 10);
  }

  private dispatch(events: DeviceEvent[]): void {
    for (const e of events) {
      if (e.type === 'skipped') this.counters.bytesSkipped += e.bytes;
      else this.counters.framesDecoded++;
      this.emit(e);
      if (!this.closed) this.flow.onEvent(e);
    }
  }

  /** Every command expects an answer; a device that stays silent too long is treated as gone. */
  private expectReply(): void {
    const limit = this.driver.silenceTimeoutMs;
    if (limit === null || this.awaitingReplySince !== null) return;
    this.awaitingReplySince = performance.now();
    const port = this.port;
    this.watchdogTimer = setTimeout(() => {
      this.watchdogTimer = null;
      if (port !== this.port || this.awaitingReplySince === null) return;
      if (this.driver.pollsForResults) this.confirmByBytes = true;
      this.portFailed(port!, `no answer for ${Math.round(limit / 100) / 10} s`);
    }, limit);
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
    for (const t of [this.idleTimer, this.watchdogTimer]) if (t) clearTimeout(t);
    if (this.pollTimer) clearInterval(this.pollTimer);
    this.idleTimer = this.watchdogTimer = this.pollTimer = null;
    this.awaitingReplySince = null;
  }

  // ---- events ----------------------------------------------------------------------------------

  private setState(next: ConnectionStateEvent): void {
    const prev = this.state;
    const same =
      prev !== null &&
      prev.type === next.type &&
      prev.path === next.path &&
      (next.type !== 'error' || (prev.type === 'error' && prev.message === next.message));
    this.state = next;
    if (!same) this.emit(next);
  }

  private emitFailed(e: FailedEvent): void {
    this.counters.framesDecoded++;
    this.emit(e);
  }

  private emit(e: ConnectionEvent): void {
    if (this.closed) return;
    for (const listener of [...this.listeners]) {
      try {
        listener(e);
      } catch {
        // A listener's bug must not stop the line or the other listeners.
      }
    }
  }
}

/** Closes a port, never rejecting; resolves once closed (or if it was not open). */
function closePort(port: SerialPort): Promise<void> {
  return new Promise((resolve) => {
    try {
      if (!port.isOpen) return resolve();
      port.close(() => resolve());
    } catch {
      resolve();
    }
  });
}
