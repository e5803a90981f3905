// How big each benchmark runs. The full report is the station at clinic scale; the short one
// (BENCH_SHORT=1 or --short) runs every part small enough for CI, for its figures to exist, not to mean much.
import type { ShiftShape } from './soak/shift-plan';
import type { RecordsSize } from './records/generate-records';
import type { CoreTimingCounts } from './records/core-timings';

export interface BenchMode {
  name: 'short' | 'full';
  shift: ShiftShape;
  records: RecordsSize;
  recordTimings: CoreTimingCounts;
  /** Times each query's statement is run on its own for the query-plan figures. */
  queryRepeats: number;
  pdfExports: number;
  board: { chairs: number; seconds: number };
  alarmLatency: { entryAlarms: number; overdueSessions: number };
  deviceFrames: number;
}

export const FULL: BenchMode = {
  name: 'full',
  shift: { chairs: 8, hours: 12 },
  records: { sessions: 100_000, readings: 2_000_000 },
  recordTimings: { starts: 10, rounds: 2, repeats: 30 },
  queryRepeats: 30,
  pdfExports: 20,
  board: { chairs: 12, seconds: 30 },
  alarmLatency: { entryAlarms: 200, overdueSessions: 4 },
  deviceFrames: 100,
};

export const SHORT: BenchMode = {
  name: 'short',
  shift: { chairs: 8, hours: 4 },
  records: { sessions: 10_000, readings: 200_000 },
  recordTimings: { starts: 3, rounds: 1, repeats: 5 },
  queryRepeats: 5,
  pdfExports: 3,
  board: { chairs: 12, seconds: 5 },
  alarmLatency: { entryAlarms: 10, overdueSessions: 1 },
  deviceFrames: 5,
};

export function modeFrom(argv: readonly string[], env: NodeJS.ProcessEnv): BenchMode {
  return argv.includes('--short') || env.BENCH_SHORT === '1' ? SHORT : FULL;
}
