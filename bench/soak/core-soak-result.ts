// What the core soak's own process (core-soak-child.ts) reports to the benchmark (core-soak.ts):
// one line on its standard output, this mark followed by the result as JSON.
import type { ShiftCounts } from './run-shift';

export const RESULT_MARK = 'CORE_SOAK_RESULT ';

export interface CoreSoakResult {
  hours: number;
  /** Heap used after a full collection, in bytes, after every simulated hour. */
  heapByHour: Record<number, number>;
  counts: ShiftCounts;
  wallMs: number;
  /** Heap snapshot files of hour 1 and the end, read by the parent (reading them in the child
   *  would put the reading itself in the heap measured next). */
  snapshotFiles: { first: string; last: string };
}
