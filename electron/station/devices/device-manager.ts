// Keeps one link per configured BP monitor, tracks what each is doing, and hands every reading to
// the core with the chair it belongs to and a key that identifies the measurement, so that a result
// sent again (or read again) is stored once.
import type { DevicesView, DeviceView } from '../../../shared/api/views';
import type { DeviceHealth } from '../../../shared/domain/alarm-rules';
import { DEVICE_PROTOCOLS, protocolInfo, type DeviceConfig } from '../../../shared/domain/devices';
import { formatClockTime } from '../../../shared/format/clock-time';
import type { Clock } from '../clock';
import { iso } from '../session-views';
import { notAllowed, notFound } from '../station-error';
import type { DeviceLink, DeviceLinkFactory, LinkState } from './device-link';
import type { DeviceEvent } from './protocols/types';

export interface IncomingReading {
  device: DeviceConfig;
  chairId: string;
  systolic: number;
  diastolic: number;
  pulse: number | null;
  spo2: number | null;
  deviceTime: string | null;
  measurementKey: string;
  /** The session the station asked for this measurement for; null for a reading the monitor sent unasked. */
  sessionId: string | null;
}

interface Tracked {
  config: DeviceConfig;
  link: DeviceLink;
  state: DeviceView['state'];
  since: number;
  detail: string | null;
  currentPath: string;
  cuffPressure: number | null;
  /** The measurement the station asked for and is waiting on. */
  pending: { chairId: string; sessionId: string | null; requestNumber: number } | null;
  lastResult: DeviceView['lastResult'];
  lastKey: { signature: string; at: number; key: string; request: number | null } | null;
}

const DUPLICATE_WINDOW_MS = 2 * 60_000;
const CONNECT_GRACE_MS = 15_000;

export interface DeviceManagerHooks {
  /** A reading arrived: store it on the chair's session. Returns what happened, in words, or null if stored. */
  reading(r: IncomingReading): string | null;
  /** Anything about the monitors changed (state, cuff pressure, result). */
  changed(): void;
  log?: (message: string, error?: unknown) => void;
}

export class DeviceManager {
  private readonly tracked = new Map<string, Tracked>();
  private requestCounter = 0;

  constructor(
    private readonly clock: Clock,
    private readonly openLink: DeviceLinkFactory,
    private readonly hooks: DeviceManagerHooks,
  ) {}

  /** Opens links for new or changed monitors and closes those no longer configured. */
  reconcile(configs: DeviceConfig[]): void {
    const wanted = new Map(configs.map((c) => [c.id, c]));
    for (const [id, t] of this.tracked) {
      const next = wanted.get(id);
      if (!next || JSON.stringify(next) !== JSON.stringify(t.config)) {
        t.link.close();
        this.tracked.delete(id);
      }
    }
    for (const config of configs) {
      if (this.tracked.has(config.id)) continue;
      const t: Tracked = {
        config,
        link: { measureNow: () => undefined, close: () => undefined },
        state: 'connecting',
        since: this.clock.now(),
        detail: null,
        currentPath: config.path,
        cuffPressure: null,
        pending: null,
        lastResult: null,
        lastKey: null,
      };
      this.tracked.set(config.id, t);
      t.link = this.openLink(config, {
        state: (state, detail, path) => this.onState(t, state, detail, path),
        event: (event) => this.onEvent(t, event),
      });
    }
  }

  view(): DevicesView {
    return {
      devices: [...this.tracked.values()].map((t) => this.deviceView(t)),
      protocols: DEVICE_PROTOCOLS.map((p) => ({ ...p })),
    };
  }

  /** The monitor that serves a chair: its own, else a shared one. */
  monitorFor(chairId: string): DeviceView | null {
    const t = this.trackedFor(chairId);
    return t ? this.deviceView(t) : null;
  }

  /** The health of the monitors dedicated to a chair, for its technical alarms. */
  health(chairId: string): DeviceHealth[] {
    const now = this.clock.now();
    return [...this.tracked.values()]
      .filter((t) => t.config.chairId === chairId)
      // A monitor still opening its port at start-up is not yet a fault.
      .filter((t) => !(t.state === 'connecting' && now - t.since < CONNECT_GRACE_MS))
      .map((t) => ({
        deviceName: t.config.name,
        state: t.state === 'connecting' ? 'disconnected' : t.state,
        detail: t.state === 'disconnected' || t.state === 'connecting' ? `since ${formatClockTime(t.since)}` : t.detail,
      }));
  }

  /** Whether the chair's own monitor should start a scheduled measurement by itself. */
  measuresScheduledChecks(chairId: string): boolean {
    const t = [...this.tracked.values()].find((x) => x.config.chairId === chairId);
    return Boolean(t && t.config.measureScheduledChecks && protocolInfo(t.config.protocol).canStartMeasurement);
  }

  measureNow(chairId: string, sessionId: string | null): DeviceView {
    const t = this.trackedFor(chairId);
    if (!t) throw notFound('No BP monitor serves this chair: add one in Settings, or type the reading in');
    if (!protocolInfo(t.config.protocol).canStartMeasurement) {
      throw notAllowed(`${t.config.name} sends readings by itself: start the measurement on the monitor`);
    }
    if (t.state === 'disconnected' || t.state === 'connecting' || t.state === 'error') {
      throw notAllowed(`${t.config.name} is not connected${t.detail ? ` (${t.detail})` : ''}: take the reading by hand`);
    }
    if (t.pending && t.state === 'measuring') {
      throw notAllowed(`${t.config.name} is already measuring${t.pending.chairId === chairId ? '' : ' for another chair'}`);
    }
    t.pending = { chairId, sessionId, requestNumber: ++this.requestCounter };
    t.state = 'measuring';
    t.since = this.clock.now();
    t.cuffPressure = null;
    t.link.measureNow();
    this.hooks.changed();
    return this.deviceView(t);
  }

  close(): void {
    for (const t of this.tracked.values()) t.link.close();
    this.tracked.clear();
  }

  private trackedFor(chairId: string): Tracked | undefined {
    const all = [...this.tracked.values()];
    return all.find((t) => t.config.chairId === chairId) ?? all.find((t) => t.config.chairId === null);
  }

  private onState(t: Tracked, state: LinkState, detail: string | null, path: string): void {
    if (!this.tracked.has(t.config.id)) return;
    t.currentPath = path;
    if (state !== 'connected' || t.state !== 'measuring') {
      if (state !== 'connected') t.pending = null;
      t.state = state;
      t.since = this.clock.now();
      t.detail = detail;
      t.cuffPressure = null;
    }
    this.hooks.changed();
  }

  private onEvent(t: Tracked, e: DeviceEvent): void {
    if (!this.tracked.has(t.config.id)) return;
    const now = this.clock.now();
    if (e.type === 'cuff') {
      t.cuffPressure = e.pressure;
      if (t.state !== 'measuring') {
        t.state = 'measuring';
        t.since = now;
      }
    } else if (e.type === 'reading') {
      this.onReading(t, e, now);
    } else if (e.type === 'failed') {
      t.lastResult = { kind: 'failed', text: `Measurement failed: ${e.message}`, at: iso(now), chairId: this.resultChair(t) };
      this.finishMeasurement(t, now);
    } else if (e.type === 'status' && (e.status === 'aborted' || e.status === 'error' || e.status === 'timeout')) {
      t.lastResult = {
        kind: 'failed',
        text: `Measurement ${e.status === 'aborted' ? 'aborted' : e.status === 'timeout' ? 'timed out' : 'failed'} on the monitor`,
        at: iso(now),
        chairId: this.resultChair(t),
      };
      this.finishMeasurement(t, now);
    } else {
      return;
    }
    this.hooks.changed();
  }

  private onReading(t: Tracked, e: Extract<DeviceEvent, { type: 'reading' }>, now: number): void {
    const chairId = t.pending?.chairId ?? t.config.chairId;
    const values = `${e.systolic}/${e.diastolic}`;
    if (chairId === null) {
      t.lastResult = { kind: 'discarded', text: `Reading ${values} not stored: no chair was chosen for this shared monitor`, at: iso(now), chairId: null };
      this.finishMeasurement(t, now);
      return;
    }
    // A polled monitor answers with its last stored result, however old (after a restart of the
    // station, say). Only a fresh measurement belongs to the patient in the chair now.
    if (typeof e.ageMinutes === 'number' && e.ageMinutes * 60_000 > DUPLICATE_WINDOW_MS) {
      t.lastResult = { kind: 'discarded', text: `Reading ${values} not stored: the monitor took it ${e.ageMinutes} min ago`, at: iso(now), chairId };
      this.finishMeasurement(t, now);
      return;
    }
    const measurementKey = this.measurementKey(t, e, now);
    let outcome: string | null;
    try {
      outcome = this.hooks.reading({
      device: t.config,
      chairId,
      systolic: e.systolic,
      diastolic: e.diastolic,
      pulse: e.pulse,
      spo2: 'spo2' in e && typeof e.spo2 === 'number' ? e.spo2 : null,
      deviceTime: e.deviceTime,
      measurementKey,
      sessionId: t.pending?.sessionId ?? null,
    });
    } catch (error) {
      // Storing failed (the disk, the database): say so on the monitor instead of losing it silently.
      this.hooks.log?.(`A reading from ${t.config.name} could not be stored`, error);
      outcome = `Reading ${values} could not be stored: type it in by hand`;
    }
    t.lastResult = outcome
      ? { kind: 'discarded', text: outcome, at: iso(now), chairId }
      : { kind: 'reading', text: `BP ${values}${e.pulse ? `, pulse ${e.pulse}` : ''}`, at: iso(now), chairId };
    this.finishMeasurement(t, now);
  }

  /**
   * Identifies one measurement. A device time stamp does it where the protocol sends one. Otherwise a
   * measurement the station asked for is new, and the same values arriving again unasked within two
   * minutes (a re-sent frame, a result read again after a reconnect) are the same measurement.
   */
  private measurementKey(t: Tracked, e: Extract<DeviceEvent, { type: 'reading' }>, now: number): string {
    const signature = `${e.systolic}/${e.diastolic}/${e.pulse ?? '-'}/${e.deviceTime ?? '-'}`;
    const request = t.pending?.requestNumber ?? null;
    const last = t.lastKey;
    const sameMeasurement =
      last !== null &&
      last.signature === signature &&
      now - last.at < DUPLICATE_WINDOW_MS &&
      (request === null || request === last.request);
    if (sameMeasurement) return last.key;
    const key = e.deviceTime ? `${t.config.id}:${signature}` : `${t.config.id}:${signature}@${now}`;
    t.lastKey = { signature, at: now, key, request };
    return key;
  }

  private resultChair(t: Tracked): string | null {
    return t.pending?.chairId ?? t.config.chairId;
  }

  private finishMeasurement(t: Tracked, now: number): void {
    t.pending = null;
    t.cuffPressure = null;
    if (t.state === 'measuring') {
      t.state = 'connected';
      t.since = now;
    }
  }

  private deviceView(t: Tracked): DeviceView {
    const info = protocolInfo(t.config.protocol);
    return {
      ...t.config,
      protocolLabel: info.label,
      canStartMeasurement: info.canStartMeasurement,
      state: t.state,
      since: iso(t.since),
      detail: t.detail,
      currentPath: t.currentPath,
      cuffPressure: t.cuffPressure,
      measuringForChairId: t.pending?.chairId ?? null,
      lastResult: t.lastResult,
    };
  }
}
