// npm run bench: how quickly an alarm reaches the nurses' screen. Figures, not a test: it never fails
// on a time. It runs the real headless station and the built screen in Chromium.
//   alarm.entry_to_visible: from sending an entry (the core commits it, then raises the alarm) to the alarm drawn on the page
//   alarm.tick_to_overdue_visible: from the moment a check becomes overdue on the station clock to its alarm on the page
import { chromium, type Page } from '@playwright/test';
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { StationProcess } from '../test/e2e/support/station-process';
import { StationClient } from '../test/e2e/support/station-api';

const ENTRY_SAMPLES = Number(process.env.BENCH_ALARM_SAMPLES ?? 200);
const OVERDUE_SESSIONS = Number(process.env.BENCH_OVERDUE_SESSIONS ?? 4);
const BY = 'Bench';

type View = { sessionId: string };

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** Runs in the page (kept as source text so nothing from this file's compilation leaks into it):
 *  resolves with the wall-clock time at which an alarm row with this text is on the page and painted. */
const WAIT_FOR_ALARM_IN_PAGE = `(wanted) => new Promise((done) => {
  const present = () => Array.from(document.querySelectorAll('[aria-label="Active alarms"] li'))
    .some((el) => (el.textContent || '').includes(wanted));
  const finish = () => requestAnimationFrame(() => done(Date.now()));
  if (present()) return finish();
  const observer = new MutationObserver(() => {
    if (present()) { observer.disconnect(); finish(); }
  });
  observer.observe(document.body, { childList: true, subtree: true, characterData: true });
})`;

export function whenAlarmVisible(page: Page, text: string): Promise<number> {
  return page.evaluate(`(${WAIT_FOR_ALARM_IN_PAGE})(${JSON.stringify(text)})`) as Promise<number>;
}

export async function checkIn(api: StationClient, chairId: string, clinicId: string, protocolId: string): Promise<string> {
  const view = (await api.request('session.checkIn', { chairId, patient: { clinicId, name: clinicId }, protocolId, by: BY })) as View;
  await api.request('session.recordObservation', {
    sessionId: view.sessionId,
    bp: { systolic: 120, diastolic: 80, pulse: 70 },
    spo2: 98,
    moaas: 5,
    dissociation: { global: 'none' },
    by: BY,
  });
  return view.sessionId;
}

async function entryToVisible(api: StationClient, page: Page): Promise<number[]> {
  const sessionId = await checkIn(api, 'chair-1', 'BENCH-1', 'ketamine-im');
  const samples: number[] = [];
  for (let i = 0; i < ENTRY_SAMPLES; i++) {
    // Alternate between two low values so every entry raises (or raises again) a visible alarm.
    const spo2 = i % 2 === 0 ? 88 : 86;
    const visible = whenAlarmVisible(page, `SpO2 ${spo2}%`);
    const sent = Date.now();
    const [shownAt] = await Promise.all([visible, api.request('session.recordObservation', { sessionId, spo2, by: BY })]);
    samples.push(shownAt - sent);
    await api.request('session.recordObservation', { sessionId, spo2: 98, by: BY });
  }
  return samples;
}

async function tickToOverdueVisible(api: StationClient, page: Page): Promise<number[]> {
  await api.request('settings.setChairCount', { count: 12, by: BY });
  const samples: number[] = [];
  for (let n = 0; n < OVERDUE_SESSIONS; n++) {
    const chair = `Chair ${n + 3}`;
    const sessionId = await checkIn(api, `chair-${n + 3}`, `BENCH-O${n}`, 'ketamine-im');
    const dosed = (await api.request('session.recordKetamineDose', { sessionId, mg: 50, lot: 'B', by: BY })) as {
      timer: { anchorAt: string };
      checks: Array<{ label: string; overdueAt: string | null }>;
    };
    for (const check of dosed.checks.filter((c) => c.overdueAt !== null)) {
      const overdueAt = Date.parse(check.overdueAt!);
      // Stop the clock 1.5 s before the check turns overdue, then let real time carry it over.
      const board = (await api.request('board.get', {})) as { now: string };
      const gapMs = overdueAt - Date.parse(board.now) - 1500;
      if (gapMs > 0) await api.request('clock.advance', { minutes: gapMs / 60_000 });
      const after = (await api.request('board.get', {})) as { now: string };
      const offset = Date.parse(after.now) - Date.now();
      const visible = await whenAlarmVisible(page, `${chair} · BENCH-O${n}: ${check.label} check overdue`);
      samples.push(visible - (overdueAt - offset));
    }
  }
  return samples;
}

async function main(): Promise<void> {
  const station = new StationProcess();
  const url = await station.start();
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--autoplay-policy=no-user-gesture-required'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    await page.goto(url);
    await page.getByRole('region', { name: 'Chair 1', exact: true }).waitFor();
    const api = await StationClient.connect(url);
    const figures: Record<string, number> = {};
    const entry = await entryToVisible(api, page);
    figures['alarm.entry_to_visible.p50'] = percentile(entry, 50);
    figures['alarm.entry_to_visible.p95'] = percentile(entry, 95);
    const overdue = await tickToOverdueVisible(api, page);
    api.close();
    figures['alarm.tick_to_overdue_visible.p50'] = percentile(overdue, 50);
    figures['alarm.tick_to_overdue_visible.p95'] = percentile(overdue, 95);
    for (const [name, value] of Object.entries(figures)) console.log(`${name}: ${Math.round(value)} ms`);
    console.log(`(${entry.length} entry alarms, ${overdue.length} overdue alarms)`);
    const out = resolve(__dirname, 'results');
    mkdirSync(out, { recursive: true });
    writeFileSync(resolve(out, 'alarm-latency.json'), JSON.stringify({ at: new Date().toISOString(), unit: 'ms', samples: { entry: entry.length, overdue: overdue.length }, figures }, null, 2));
  } finally {
    await browser.close();
    await station.dispose();
  }
}

if (require.main === module) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
