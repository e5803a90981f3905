// board.*: the chair board in Chromium with every chair occupied, while the served station sends
// the board every second (its heartbeat) and a reading arrives every second on one chair or another.
//   board.main_thread_ms_per_s: the page's main-thread busy time (CDP Performance TaskDuration) per second
//   board.long_tasks: tasks over 50 ms in the page (PerformanceObserver 'longtask') during the window
//   board.layout_shifts: layout shifts the updates caused (PerformanceObserver 'layout-shift')
import type { CDPSession, Page } from '@playwright/test';
import type { Report } from '../report';
import { BENCH_ADMIN, BENCH_NURSE } from '../support/bench-people';
import { launchChromium, STATION_VIEWPORT } from '../support/chromium';
import { startServedStation } from '../support/served-station';
import type { StationRequests } from '../support/station-requests';
import { openBoard } from '../latency/alarm-on-page';

const BY = BENCH_NURSE;
const ADMIN_BY = BENCH_ADMIN;
const PROTOCOLS = ['spravato-56', 'spravato-84', 'ketamine-im', 'ketamine-iv', 'ketamine-sl'];

/** Every chair occupied and dosed, so each tile shows a running timer, checks and values. */
async function fillChairs(station: StationRequests, chairs: number): Promise<string[]> {
  await station.request('settings.setChairCount', { count: chairs, by: ADMIN_BY });
  const chairIds = (await station.request('settings.get', {})).chairs.map((c) => c.id);
  const sessions: string[] = [];
  for (const [i, chairId] of chairIds.entries()) {
    const protocolId = PROTOCOLS[i % PROTOCOLS.length];
    const view = await station.request('session.checkIn', { chairId, patient: { clinicId: `BOARD-${i + 1}`, name: `Patient ${i + 1}` }, protocolId, by: BY });
    const sessionId = view.sessionId;
    await station.request('session.confirmPreDose', { sessionId, transportHome: true, fasting: true, nasalPreparation: true, by: BY });
    await station.request('session.recordObservation', { sessionId, bp: { systolic: 126, diastolic: 80, pulse: 70 }, spo2: 98, moaas: 5, dissociation: { global: 'none' }, by: BY });
    if (protocolId.startsWith('spravato')) await station.request('session.recordDevice', { sessionId, lot: 'LOT-B', by: BY });
    else await station.request('session.recordKetamineDose', { sessionId, mg: 50, lot: 'K-B', by: BY });
    sessions.push(sessionId);
  }
  return sessions;
}

/** Counts the page's long tasks and layout shifts from now on, and which elements shifted (kept as
 *  source text for the page). */
const START_OBSERVING = `() => {
  const counts = { longTasks: 0, layoutShifts: 0, shifted: {} };
  window.__benchCounts = counts;
  new PerformanceObserver((list) => { counts.longTasks += list.getEntries().length; }).observe({ type: 'longtask' });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      counts.layoutShifts++;
      for (const source of entry.sources || []) {
        const node = source.node;
        const name = !node ? '(removed node)' : node.nodeType === 1
          ? node.tagName.toLowerCase() + (node.className && typeof node.className === 'string' ? '.' + node.className.trim().split(/\\s+/).join('.') : '')
          : '#text in ' + (node.parentElement ? node.parentElement.tagName.toLowerCase() + '.' + (node.parentElement.className || '') : '?');
        counts.shifted[name] = (counts.shifted[name] || 0) + 1;
      }
    }
  }).observe({ type: 'layout-shift' });
}`;

async function taskSeconds(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0;
}

async function observeWindow(page: Page, cdp: CDPSession, seconds: number, duringEachSecond: (second: number) => Promise<void>) {
  await page.evaluate(`(${START_OBSERVING})()`);
  const busyBefore = await taskSeconds(cdp);
  const started = Date.now();
  for (let s = 0; s < seconds; s++) {
    await duringEachSecond(s);
    const next = started + (s + 1) * 1000;
    await new Promise((r) => setTimeout(r, Math.max(0, next - Date.now())));
  }
  const busyAfter = await taskSeconds(cdp);
  const wallSeconds = (Date.now() - started) / 1000;
  const counts = (await page.evaluate('window.__benchCounts')) as { longTasks: number; layoutShifts: number; shifted: Record<string, number> };
  return { busyMsPerSecond: ((busyAfter - busyBefore) * 1000) / wallSeconds, ...counts };
}

export async function measureBoardRendering(report: Report, shape: { chairs: number; seconds: number }): Promise<void> {
  const served = await startServedStation();
  const browser = await launchChromium();
  try {
    const sessions = await fillChairs(served.station, shape.chairs);
    const page = await browser.newPage({ viewport: STATION_VIEWPORT });
    await openBoard(page, served.url);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    // Let the first renders and the scripts' compilation pass before the window opens.
    await page.waitForTimeout(2000);
    const result = await observeWindow(page, cdp, shape.seconds, async (second) => {
      const sessionId = sessions[second % sessions.length];
      await served.station.request('session.recordObservation', {
        sessionId,
        bp: { systolic: 120 + (second % 15), diastolic: 78 + (second % 8), pulse: 66 + (second % 12) },
        spo2: 96 + (second % 4),
        by: BY,
      });
    });
    report.figure('board.main_thread_ms_per_s', result.busyMsPerSecond, 'ms');
    report.figure('board.long_tasks', result.longTasks, 'tasks');
    report.figure('board.layout_shifts', result.layoutShifts, 'shifts');
    const shifted = Object.entries(result.shifted)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 8)
      .map(([element, times]) => `  ${String(times).padStart(4)} x ${element}`);
    report.note(
      'Board rendering',
      `${shape.chairs} occupied chairs, ${shape.seconds} s window: the board event every second (heartbeat) and one reading a second\n` +
        `elements that moved in the layout shifts:\n${shifted.join('\n') || '  none'}`,
    );
  } finally {
    await browser.close();
    await served.dispose();
  }
}
