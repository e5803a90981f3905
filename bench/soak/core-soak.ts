// soak.core_heap.*: the station core's heap over a simulated shift, measured in a Node process of
// its own (soak/core-soak-child.ts).
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Report } from '../report';
import { heapGrowthLines, summarizeHeapSnapshot } from '../support/heap-snapshot-summary';
import { growthPercent } from '../support/stats';
import { sameStateHoursAfterWarmUp, type ShiftShape } from './shift-plan';
import { RESULT_MARK, type CoreSoakResult } from './core-soak-result';

const ROOT = resolve(__dirname, '..', '..');
const MB = 1024 * 1024;

function runChild(shape: ShiftShape, snapshotDir: string): Promise<CoreSoakResult> {
  const args = [String(shape.chairs), String(shape.hours), snapshotDir];
  const child = spawn(process.execPath, ['--expose-gc', '--import', 'tsx', 'bench/soak/core-soak-child.ts', ...args], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  return new Promise((done, fail) => {
    child.once('error', fail);
    child.once('exit', (code) => {
      const line = out.split('\n').find((l) => l.startsWith(RESULT_MARK));
      if (code !== 0 || !line) return fail(new Error(`The core soak failed (exit ${code}):\n${err}${out}`));
      if (err.trim()) console.error(err.trim());
      done(JSON.parse(line.slice(RESULT_MARK.length)) as CoreSoakResult);
    });
  });
}

export async function measureCoreSoak(report: Report, shape: ShiftShape): Promise<void> {
  const snapshotDir = mkdtempSync(join(tmpdir(), 'bench-core-heap-'));
  let result: CoreSoakResult;
  let growthByKind: string[];
  try {
    result = await runChild(shape, snapshotDir);
    const summary = (file: string) => summarizeHeapSnapshot(readFileSync(file, 'utf8'));
    growthByKind = heapGrowthLines(summary(result.snapshotFiles.first), summary(result.snapshotFiles.last));
  } finally {
    rmSync(snapshotDir, { recursive: true, force: true });
  }
  const first = result.heapByHour[1];
  const last = result.heapByHour[shape.hours];
  report.figure('soak.core_heap.hour_1', first / MB, 'MB');
  report.figure('soak.core_heap.end_of_shift', last / MB, 'MB');
  report.figure('soak.core_heap.growth', growthPercent(first, last), '%');
  const warm = sameStateHoursAfterWarmUp(shape);
  if (warm) report.figure('soak.core_heap.growth_after_warmup', growthPercent(result.heapByHour[warm.from], result.heapByHour[warm.to]), '%');
  report.figure('soak.core.shift_wall_time', result.wallMs / 1000, 's');
  const byHour = Object.entries(result.heapByHour).map(([hour, bytes]) => `hour ${hour}: ${(bytes / MB).toFixed(2)} MB`);
  const c = result.counts;
  report.note(
    `Core soak (in process, ${shape.chairs} chairs, ${shape.hours} simulated hours)`,
    `${c.checkIns} check-ins, ${c.readings} readings, ${c.alarmsAcknowledged} alarms acknowledged, ${c.discharges} discharges\nheap after a full collection, ${byHour.join('; ')}`,
  );
  report.note(`Core heap by kind of object, hour 1 -> hour ${shape.hours} (the kinds that grew most)`, growthByKind.join('\n'));
}
