import { afterEach, beforeEach } from 'vitest';
// Sessions recorded through a real station core (SQLite in a temporary folder, a clock the test
// moves), so the exports are tested on the views the core really produces. The BP monitor is a fake
// link: it hands the core the same decoded reading a serial monitor would, without a port.
import type { PortView, SessionView } from '../../../shared/api/views';
import type { DeviceLinkFactory, DeviceLinkListener } from '../../../electron/station/devices/device-link';
import type { ReadingEvent } from '../../../electron/station/devices/protocols/types';
import { openStation } from '../../../electron/station/open-station';
import { confSettings } from '../../../electron/station/settings/conf-settings';
import type { StationCore } from '../../../electron/station/station-core';
import { call, FakeClock, NURSE, readySpravatoPatient, tempDataDir, ADMIN } from '../../support/station';

export const MONITOR_NAME = 'SunTech 1';
/** Central European winter time, the station's offset on the FakeClock's day (2026-03-02). */
export const PARIS_WINTER = (): number => 60;
export const MINUTE = 60_000;

export interface FakeMonitor {
  /** Sends one decoded reading, as the monitor's parser would after a measurement. */
  send(reading: Omit<ReadingEvent, 'type' | 'map' | 'deviceTime'>): void;
}

function fakeMonitorAccess(): { openLink: DeviceLinkFactory; listPorts: () => Promise<PortView[]>; monitor: FakeMonitor } {
  const listeners: DeviceLinkListener[] = [];
  const openLink: DeviceLinkFactory = (config, listener) => {
    listeners.push(listener);
    listener.state('connected', null, config.path);
    return { measureNow: () => undefined, close: () => undefined };
  };
  const monitor: FakeMonitor = {
    send(reading) {
      const link = listeners.at(-1);
      if (!link) throw new Error('No monitor is configured');
      link.event({ type: 'reading', map: null, deviceTime: null, ...reading });
    },
  };
  return { openLink, listPorts: async () => [], monitor };
}

export interface ExportStation {
  core: StationCore;
  clock: FakeClock;
  monitor: FakeMonitor;
}

/** A fresh station per test with a BP monitor on chair 1, closed and removed after the test. */
export function stationWithMonitorPerTest(): ExportStation {
  let data: ReturnType<typeof tempDataDir> | null = null;
  const t = {} as ExportStation;
  beforeEach(() => {
    data = tempDataDir();
    const access = fakeMonitorAccess();
    t.clock = new FakeClock();
    t.monitor = access.monitor;
    t.core = openStation({
      dataDir: data.dir,
      clock: t.clock,
      settings: confSettings(data.dir),
      heartbeatMs: 0,
      log: () => {},
      devices: { openLink: access.openLink, listPorts: access.listPorts },
    });
    call(t.core, 'devices.save', {
      device: { name: MONITOR_NAME, protocol: 'suntech', path: '/dev/fake-monitor', baudRate: 9600, usb: null, chairId: 'chair-1', measureScheduledChecks: false },
      by: ADMIN,
    });
  });
  afterEach(() => {
    t.core.close();
    data?.remove();
  });
  return t;
}

function latestEntryId(view: SessionView): number {
  return Math.max(...view.entries.map((e) => e.id));
}

export const WRONG_LOT_REASON = 'Lot number mistyped';
export const WRONG_READING_REASON = 'Reading belonged to the patient in chair 2';

/**
 * Spravato 56 mg, checked in at 09:30Z (10:30 in Paris):
 * - 09:30 baseline 128/84 pulse 72, SpO2 98, MOAA/S 5, dissociation none (typed in);
 * - 09:35 device 1 (LOT-A1); 09:40 device 2 typed as LOT-A9, struck at 09:41 and recorded again (LOT-A2);
 * - 10:17 the monitor sends 142/88 pulse 80;
 * - 10:18 the 40-minute check, taken at 10:15 and typed in late: 150/95 pulse 88, SpO2 96, MOAA/S 4,
 *   dissociation mild with CADSS 12;
 * - 10:20 a reading typed in (118/62, SpO2 97), struck at 10:22.
 */
export function recordSpravatoSession(t: ExportStation): string {
  const sessionId = readySpravatoPatient(t.core);
  t.clock.advanceMinutes(5);
  call(t.core, 'session.recordDevice', { sessionId, lot: 'LOT-A1', by: NURSE });
  t.clock.advanceMinutes(5);
  const mistyped = call(t.core, 'session.recordDevice', { sessionId, lot: 'LOT-A9', by: NURSE });
  t.clock.advanceMinutes(1);
  call(t.core, 'session.markEnteredInError', { sessionId, entryId: latestEntryId(mistyped), reason: WRONG_LOT_REASON, by: NURSE });
  call(t.core, 'session.recordDevice', { sessionId, lot: 'LOT-A2', by: NURSE });
  t.clock.advanceMinutes(36);
  t.monitor.send({ systolic: 142, diastolic: 88, pulse: 80 });
  t.clock.advanceMinutes(1);
  call(t.core, 'session.recordObservation', {
    sessionId,
    at: new Date(t.clock.now() - 3 * MINUTE).toISOString(),
    bp: { systolic: 150, diastolic: 95, pulse: 88 },
    spo2: 96,
    moaas: 4,
    dissociation: { global: 'mild', cadssTotal: 12 },
    by: NURSE,
  });
  t.clock.advanceMinutes(2);
  const wrong = call(t.core, 'session.recordObservation', { sessionId, bp: { systolic: 118, diastolic: 62 }, spo2: 97, by: NURSE });
  t.clock.advanceMinutes(2);
  call(t.core, 'session.markEnteredInError', { sessionId, entryId: latestEntryId(wrong), reason: WRONG_READING_REASON, by: NURSE });
  return sessionId;
}

/** Ketamine IM on chair 2: checked in at the clock's time, baseline, then 35 mg into the left deltoid. */
export function recordKetamineImSession(core: StationCore, clock: FakeClock): string {
  const { sessionId } = call(core, 'session.checkIn', {
    chairId: 'chair-2',
    patient: { clinicId: 'K-2002', name: 'A. B.', birthDate: null },
    protocolId: 'ketamine-im',
    by: NURSE,
  });
  call(core, 'session.confirmPreDose', { sessionId, transportHome: true, by: NURSE });
  call(core, 'session.recordObservation', {
    sessionId,
    bp: { systolic: 122, diastolic: 78, pulse: 66 },
    spo2: 99,
    moaas: 5,
    dissociation: { global: 'none' },
    by: NURSE,
  });
  clock.advanceMinutes(3);
  call(core, 'session.recordKetamineDose', { sessionId, mg: 35, lot: 'K1', site: 'Left deltoid', by: NURSE });
  return sessionId;
}

/** A patient checked in, a baseline taken, and the session cancelled before any dose. */
export function recordCancelledSession(core: StationCore, clock: FakeClock, patientName: string): string {
  const { sessionId } = call(core, 'session.checkIn', {
    chairId: 'chair-3',
    patient: { clinicId: 'C-3003', name: patientName, birthDate: null },
    protocolId: 'spravato-56',
    by: NURSE,
  });
  call(core, 'session.recordObservation', { sessionId, bp: { systolic: 131, diastolic: 83, pulse: 70 }, by: NURSE });
  clock.advanceMinutes(10);
  call(core, 'session.cancel', { sessionId, reason: 'Patient not dosed today', by: NURSE });
  return sessionId;
}

/** Ketamine IM as above, then a modified Aldrete score of 9 recorded an hour after the dose. */
export function recordScoredKetamineSession(core: StationCore, clock: FakeClock): string {
  const sessionId = recordKetamineImSession(core, clock);
  clock.advanceMinutes(60);
  const components = { activity: 2, respiration: 2, circulation: 1, consciousness: 2, spo2: 2 };
  call(core, 'session.recordRecoveryScore', { sessionId, scale: 'aldrete', components, by: NURSE });
  return sessionId;
}
