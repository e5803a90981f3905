// How quickly an alarm reaches the nurses' screen, on the real headless station and the built screen
// in Chromium.
//   alarm.entry_to_visible: from sending an entry (the core commits it, then raises the alarm) to the alarm drawn on the page
//   alarm.tick_to_overdue_visible: from the moment a check becomes overdue on the station clock to its alarm on the page
import type { Page } from '@playwright/test';
import type { Report } from '../report';
import { BENCH_ADMIN, BENCH_NURSE } from '../support/bench-people';
import { launchChromium, STATION_VIEWPORT } from '../support/chromium';
import { startServedStation } from '../support/served-station';
import type { StationRequests } from '../support/station-requests';
import { percentile } from '../support/stats';
import { openBoard, whenAlarmVisible } from './alarm-on-page';

const BY = BENCH_NURSE;
const ADMIN_BY = BENCH_ADMIN;

export interface AlarmLatencySamples {
  entryAlarms: number;
  overdueSessions: number;
}

/** Checks a patient in and records a normal baseline; returns the session id. */
export async function checkInWithBaseline(station: StationRequests, chairId: string, clinicId: string, protocolId: string): Promise<string> {
  const view = await station.request('session.checkIn', { chairId, patient: { clinicId, name: clinicId }, protocolId, by: BY });
  await station.request('session.recordObservation', {
    sessionId: view.sessionId,
    bp: { systolic: 120, diastolic: 80, pulse: 70 },
    spo2: 98,
    moaas: 5,
    dissociation: { global: 'none' },
    by: BY,
  });
  return view.sessionId;
}

async function entryToVisible(station: StationRequests, page: Page, count: number): Promise<number[]> {
  const sessionId = await checkInWithBaseline(station, 'chair-1', 'BENCH-1', 'ketamine-im');
  const samples: number[] = [];
  for (let i = 0; i < count; i++) {
    // Alternate between two low values so every entry raises (or raises again) a visible alarm.
    const spo2 = i % 2 === 0 ? 88 : 86;
    const visible = whenAlarmVisible(page, `SpO2 ${spo2}%`);
    const sent = Date.now();
    const [shownAt] = await Promise.all([visible, station.request('session.recordObservation', { sessionId, spo2, by: BY })]);
    samples.push(shownAt - sent);
    await station.request('session.recordObservation', { sessionId, spo2: 98, by: BY });
  }
  return samples;
}

async function tickToOverdueVisible(station: StationRequests, page: Page, sessions: number): Promise<number[]> {
  await station.request('settings.setChairCount', { count: 12, by: ADMIN_BY });
  const samples: number[] = [];
  for (let n = 0; n < sessions; n++) {
    const chair = `Chair ${n + 3}`;
    const sessionId = await checkInWithBaseline(station, `chair-${n + 3}`, `BENCH-O${n}`, 'ketamine-im');
    const dosed = await station.request('session.recordKetamineDose', { sessionId, mg: 50, lot: 'B', by: BY });
    for (const check of dosed.checks.filter((c) => c.overdueAt !== null)) {
      const overdueAt = Date.parse(check.overdueAt!);
      // Stop the clock 1.5 s before the check turns overdue, then let real time carry it over.
      const board = await station.request('board.get', {});
      const gapMs = overdueAt - Date.parse(board.now) - 1500;
      if (gapMs > 0) await station.request('clock.advance', { minutes: gapMs / 60_000 });
      const after = await station.request('board.get', {});
      const offset = Date.parse(after.now) - Date.now();
      const visible = await whenAlarmVisible(page, `${chair} · BENCH-O${n}: ${check.label} check overdue`);
      samples.push(visible - (overdueAt - offset));
    }
  }
  return samples;
}

export async function measureAlarmLatency(report: Report, samples: AlarmLatencySamples): Promise<void> {
  const served = await startServedStation();
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: STATION_VIEWPORT });
    await openBoard(page, served.url);
    const entry = await entryToVisible(served.station, page, samples.entryAlarms);
    report.figure('alarm.entry_to_visible.p50', percentile(entry, 50), 'ms');
    report.figure('alarm.entry_to_visible.p95', percentile(entry, 95), 'ms');
    const overdue = await tickToOverdueVisible(served.station, page, samples.overdueSessions);
    report.figure('alarm.tick_to_overdue_visible.p50', percentile(overdue, 50), 'ms');
    report.figure('alarm.tick_to_overdue_visible.p95', percentile(overdue, 95), 'ms');
  } finally {
    await browser.close();
    await served.dispose();
  }
}
