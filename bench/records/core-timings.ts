// records.*, history.search.*: a station core in this process on five years of records, timed request
// by request as the screen sends them (core.handle, the contract's validation included).
import type { Report } from '../report';
import { BenchClock } from '../support/bench-clock';
import { openInProcessStation } from '../support/in-process-station';
import { coreRequests, type StationRequests } from '../support/station-requests';
import { percentile, timeEach, timeOnce } from '../support/stats';
import type { RecordsMeta } from './generate-records';
import { BENCH_NURSE } from '../support/bench-people';

const BY = BENCH_NURSE;

export interface CoreTimingCounts {
  starts: number;
  /** Each sample list (patients, date ranges, old sessions) is gone through this many times. */
  rounds: number;
  repeats: number;
}

export interface CoreTimings {
  start: number[];
  openBoard: number[];
  heartbeatTick: number[];
  searchPatient: number[];
  searchDateRange: number[];
  openSession: number[];
  exportCsv: number[];
  exportFhir: number[];
  formsDue: number[];
}

/** Opens the core on the folder and asks for the board, as the screen does first; returns the time. */
async function timeStart(dir: string, now: number): Promise<number> {
  let close = () => {};
  const ms = await timeOnce(async () => {
    const core = openInProcessStation(dir, new BenchClock(now));
    close = () => core.close();
    await coreRequests(core).request('board.get', {});
  });
  close();
  return ms;
}

const cycle = <T>(items: T[], rounds: number) => Array.from({ length: rounds }, () => items).flat();

async function timeRequests(station: StationRequests, tick: () => void, meta: RecordsMeta, counts: CoreTimingCounts): Promise<Omit<CoreTimings, 'start'>> {
  const patients = cycle(meta.samples.patientClinicIds, counts.rounds);
  const ranges = cycle(meta.samples.dateRanges, counts.rounds);
  const sessions = cycle(meta.samples.oldSessionIds, counts.rounds);
  // History, reports and exports need a sign-in: made once here, outside the timings.
  await station.request('rems.formsDue', { by: BY });
  return {
    openBoard: await timeEach(counts.repeats, () => station.request('board.get', {})),
    heartbeatTick: await timeEach(counts.repeats, tick),
    searchPatient: await timeEach(patients.length, (i) => station.request('history.list', { patientClinicId: patients[i], by: BY })),
    searchDateRange: await timeEach(ranges.length, (i) => station.request('history.list', { ...ranges[i], by: BY })),
    openSession: await timeEach(sessions.length, (i) => station.request('session.get', { sessionId: sessions[i] })),
    exportCsv: await timeEach(sessions.length, (i) => station.request('export.sessionCsv', { sessionId: sessions[i], by: BY })),
    exportFhir: await timeEach(sessions.length, (i) => station.request('export.sessionFhir', { sessionId: sessions[i], by: BY })),
    formsDue: await timeEach(counts.repeats, () => station.request('rems.formsDue', { by: BY })),
  };
}

export async function measureCoreTimings(dir: string, meta: RecordsMeta, counts: CoreTimingCounts): Promise<CoreTimings> {
  const start: number[] = [];
  for (let i = 0; i < counts.starts; i++) start.push(await timeStart(dir, meta.now));
  const core = openInProcessStation(dir, new BenchClock(meta.now));
  try {
    return { start, ...(await timeRequests(coreRequests(core), () => core.tick(), meta, counts)) };
  } finally {
    core.close();
  }
}

export function reportCoreTimings(report: Report, t: CoreTimings): void {
  const both = (name: string, samples: number[]) => {
    report.figure(`${name}.p50`, percentile(samples, 50), 'ms');
    report.figure(`${name}.p95`, percentile(samples, 95), 'ms');
  };
  both('records.core_start', t.start);
  both('records.open_board', t.openBoard);
  both('records.heartbeat_tick', t.heartbeatTick);
  both('history.search.patient', t.searchPatient);
  both('history.search.date_range', t.searchDateRange);
  both('records.open_session', t.openSession);
  both('records.export_csv', t.exportCsv);
  both('records.export_fhir', t.exportFhir);
  both('records.forms_due', t.formsDue);
}
