// soak.page_heap.*, soak.dom_nodes.*: the station screen (the built renderer in Chromium, open on the
// board the whole shift) while the headless station runs the shift on its test clock.
import type { Report } from '../report';
import { launchChromium, STATION_VIEWPORT } from '../support/chromium';
import { heapGrowthLines, summarizeHeapSnapshot, type HeapSummary } from '../support/heap-snapshot-summary';
import { openDevTools, pageHeapSnapshot, pageMemory, type PageMemory } from '../support/page-memory';
import { startServedStation } from '../support/served-station';
import { growthPercent } from '../support/stats';
import { openBoard } from '../latency/alarm-on-page';
import { runShift } from './run-shift';
import { sameStateHoursAfterWarmUp, type ShiftShape } from './shift-plan';

const MB = 1024 * 1024;

export async function measurePageSoak(report: Report, shape: ShiftShape): Promise<void> {
  const served = await startServedStation();
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: STATION_VIEWPORT });
    await openBoard(page, served.url);
    const cdp = await openDevTools(page);
    const byHour = new Map<number, PageMemory>();
    const snapshots = new Map<number, HeapSummary>();
    const started = Date.now();
    const counts = await runShift(served.station, served.people, shape, {
      advanceOneMinute: async () => {
        await served.station.request('clock.advance', { minutes: 1 });
      },
      afterHour: async (hour) => {
        byHour.set(hour, await pageMemory(page, cdp));
        // Taken after the figures, so the snapshot's own work is not in them.
        if (hour === 1 || hour === shape.hours) snapshots.set(hour, summarizeHeapSnapshot(await pageHeapSnapshot(cdp)));
      },
    });
    const wallMs = Date.now() - started;
    const first = byHour.get(1)!;
    const last = byHour.get(shape.hours)!;
    report.figure('soak.page_heap.hour_1', first.heapUsedBytes / MB, 'MB');
    report.figure('soak.page_heap.end_of_shift', last.heapUsedBytes / MB, 'MB');
    report.figure('soak.page_heap.growth', growthPercent(first.heapUsedBytes, last.heapUsedBytes), '%');
    report.figure('soak.dom_nodes.hour_1', first.documentElements, 'elements');
    report.figure('soak.dom_nodes.end_of_shift', last.documentElements, 'elements');
    report.figure('soak.dom_nodes.growth', growthPercent(first.documentElements, last.documentElements), '%');
    report.figure('soak.page_live_nodes.growth', growthPercent(first.liveNodes, last.liveNodes), '%');
    report.figure('soak.page_listeners.growth', growthPercent(first.eventListeners, last.eventListeners), '%');
    const warm = sameStateHoursAfterWarmUp(shape);
    if (warm) {
      const from = byHour.get(warm.from)!;
      const to = byHour.get(warm.to)!;
      report.figure('soak.page_heap.growth_after_warmup', growthPercent(from.heapUsedBytes, to.heapUsedBytes), '%');
      report.figure('soak.dom_nodes.growth_after_warmup', growthPercent(from.documentElements, to.documentElements), '%');
    }
    report.figure('soak.page.shift_wall_time', wallMs / 1000, 's');
    const lines = [...byHour].map(
      ([hour, m]) =>
        `hour ${hour}: heap ${(m.heapUsedBytes / MB).toFixed(2)} MB, ${m.documentElements} elements, ${m.liveNodes} live nodes, ${m.eventListeners} listeners`,
    );
    report.note(
      `Page soak (served station, Chromium on the board, ${shape.chairs} chairs, ${shape.hours} simulated hours)`,
      `${counts.checkIns} check-ins, ${counts.readings} readings, ${counts.alarmsAcknowledged} alarms acknowledged, ${counts.discharges} discharges\n${lines.join('\n')}`,
    );
    report.note(`Page heap by kind of object, hour 1 -> hour ${shape.hours} (the kinds that grew most)`, heapGrowthLines(snapshots.get(1)!, snapshots.get(shape.hours)!).join('\n'));
  } finally {
    await browser.close();
    await served.dispose();
  }
}
