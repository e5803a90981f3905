// Percentiles and timing for the benchmark figures.
import { performance } from 'node:perf_hooks';

/** The nearest-rank percentile: the value below which p% of the samples fall. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) throw new Error('No samples to take a percentile of');
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

/** Milliseconds taken by one call, with sub-millisecond resolution. */
export async function timeOnce(run: () => unknown): Promise<number> {
  const started = performance.now();
  await run();
  return performance.now() - started;
}

/** Runs `run` `count` times in a row and returns each duration in milliseconds. */
export async function timeEach(count: number, run: (i: number) => unknown): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < count; i++) samples.push(await timeOnce(() => run(i)));
  return samples;
}

export function growthPercent(before: number, after: number): number {
  return ((after - before) / before) * 100;
}
