// Runs the shift on a station core in this process and measures the core's JavaScript heap after
// hour 1 and at the end of the shift. Started by soak/core-soak.ts as its own Node process with
// --expose-gc, so that nothing else (Playwright, the benchmark runner) shares the heap it measures.
// Prints one line: CORE_SOAK_RESULT <json>.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeHeapSnapshot } from 'node:v8';
import { BenchClock } from '../support/bench-clock';
import { openInProcessStation, setUpInProcessPeople } from '../support/in-process-station';
import { coreRequests } from '../support/station-requests';
import { RESULT_MARK, type CoreSoakResult } from './core-soak-result';
import { runShift } from './run-shift';

const SHIFT_START = Date.parse('2026-03-02T07:00:00.000Z');

function heapAfterCollection(): number {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('Run with node --expose-gc: the heap is measured after a full collection');
  // Twice: the first collection can leave objects whose finalizers free more on the second.
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

async function main(): Promise<void> {
  const chairs = Number(process.argv[2]);
  const hours = Number(process.argv[3]);
  const snapshotDir = process.argv[4];
  const dir = mkdtempSync(join(tmpdir(), 'bench-core-soak-'));
  const clock = new BenchClock(SHIFT_START);
  const core = openInProcessStation(dir, clock);
  try {
    const station = coreRequests(core);
    const people = setUpInProcessPeople(core);
    const heapByHour: Record<number, number> = {};
    const snapshotFile = (hour: number) => join(snapshotDir, `core-hour-${hour}.heapsnapshot`);
    const started = Date.now();
    const counts = await runShift(station, people, { chairs, hours }, {
      advanceOneMinute: async () => {
        clock.advanceMinutes(1);
        core.tick();
      },
      afterHour: async (hour) => {
        heapByHour[hour] = heapAfterCollection();
        // Taken after the figure, written straight to a file by V8.
        if (hour === 1 || hour === hours) writeHeapSnapshot(snapshotFile(hour));
      },
    });
    const wallMs = Date.now() - started;
    const result: CoreSoakResult = { hours, heapByHour, counts, wallMs, snapshotFiles: { first: snapshotFile(1), last: snapshotFile(hours) } };
    console.log(`${RESULT_MARK}${JSON.stringify(result)}`);
  } finally {
    core.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
