// The records at five years: generate (or reuse) the database, then time the core on a copy of it,
// print the query plans, print old sessions to PDF through the served screen, and try the fix for
// the statements that read every session (records/join-order-fix.ts) on another copy.
import type { BenchMode } from '../bench-mode';
import type { Report } from '../report';
import { percentile } from '../support/stats';
import { measureCoreTimings, reportCoreTimings, type CoreTimings } from './core-timings';
import { FIXED_OPEN_SESSIONS_SQL, fixedFormsDueSql, withSwappedStatements } from './join-order-fix';
import { timePdfExports } from './pdf-export';
import { planNote, planQueries, type PlannedQuery } from './query-plans';
import { cachedRecords, workingCopy, type CachedRecords } from './records-cache';

export const ACTIVE_QUERY = 'open sessions';
export const FORMS_DUE_QUERY = 'REMS forms due';

const queryNamed = (plans: PlannedQuery[], start: string) => plans.find((p) => p.name.startsWith(start))!;

export async function measureRecords(report: Report, mode: BenchMode, withBrowser: boolean): Promise<void> {
  const records = await cachedRecords(mode.records, (line) => console.log(line));
  const { counts } = records.meta;
  report.figure('records.sessions', counts.sessions, 'sessions');
  report.figure('records.readings', counts.readings, 'readings');
  report.figure('records.generate_time', records.meta.generationMs / 1000, 's');
  report.note(
    'Records',
    `${records.dir}${records.generated ? ' (generated in this run)' : ` (reused; generated ${records.meta.generatedAt})`}\n` +
      `${counts.sessions} sessions (${counts.openSessions} open), ${counts.patients} patients, ${counts.entries} entries of which ${counts.readings} readings, ${counts.alarmEvents} alarm events`,
  );

  const copy = workingCopy(records);
  let before: CoreTimings;
  let plans: PlannedQuery[];
  try {
    before = await measureCoreTimings(copy.dir, records.meta, mode.recordTimings);
    reportCoreTimings(report, before);
    plans = planQueries(copy.dir, records.meta, mode.queryRepeats);
    report.figure('records.query.open_sessions.p95', queryNamed(plans, ACTIVE_QUERY).p95, 'ms');
    report.figure('records.query.forms_due.p95', queryNamed(plans, FORMS_DUE_QUERY).p95, 'ms');
    report.note('Query plans (EXPLAIN QUERY PLAN of the statements SessionRepository runs)', planNote(plans));
    if (withBrowser) {
      const pdf = await timePdfExports(copy.dir, records.meta.samples.oldSessionIds.slice(0, mode.pdfExports));
      report.figure('records.export_pdf.p50', percentile(pdf.samples, 50), 'ms');
      report.figure('records.export_pdf.p95', percentile(pdf.samples, 95), 'ms');
      report.figure('records.export_pdf.failures', pdf.failures.length, 'prints');
      if (pdf.failures.length > 0) report.note('Prints whose page could not load the record', pdf.failures.join('\n'));
    }
  } finally {
    copy.remove();
  }
  await tryJoinOrderFix(report, mode, records, before, plans);
}

async function tryJoinOrderFix(report: Report, mode: BenchMode, records: CachedRecords, before: CoreTimings, plansBefore: PlannedQuery[]): Promise<void> {
  const copy = workingCopy(records);
  try {
    const formsDueSql = queryNamed(plansBefore, FORMS_DUE_QUERY).statement.sql;
    const swaps = new Map([
      [queryNamed(plansBefore, ACTIVE_QUERY).statement.sql, FIXED_OPEN_SESSIONS_SQL],
      [formsDueSql, fixedFormsDueSql(formsDueSql)],
    ]);
    const { result, swapped } = await withSwappedStatements(swaps, async () => ({
      timings: await measureCoreTimings(copy.dir, records.meta, mode.recordTimings),
      plans: planQueries(copy.dir, records.meta, mode.queryRepeats),
    }));
    const after = result.timings;
    const p95 = (samples: number[]) => percentile(samples, 95);
    report.figure('records.with_fix.core_start.p95', p95(after.start), 'ms');
    report.figure('records.with_fix.open_board.p95', p95(after.openBoard), 'ms');
    report.figure('records.with_fix.heartbeat_tick.p95', p95(after.heartbeatTick), 'ms');
    report.figure('records.with_fix.forms_due.p95', p95(after.formsDue), 'ms');
    const rows: Array<[string, number, number]> = [
      ['records.core_start.p95', p95(before.start), p95(after.start)],
      ['records.open_board.p95', p95(before.openBoard), p95(after.openBoard)],
      ['records.heartbeat_tick.p95', p95(before.heartbeatTick), p95(after.heartbeatTick)],
      ['records.forms_due.p95', p95(before.formsDue), p95(after.formsDue)],
      ['history.search.patient.p95', p95(before.searchPatient), p95(after.searchPatient)],
      ['records.open_session.p95', p95(before.openSession), p95(after.openSession)],
      [`query: ${ACTIVE_QUERY} p95`, queryNamed(plansBefore, ACTIVE_QUERY).p95, queryNamed(result.plans, ACTIVE_QUERY).p95],
      [`query: ${FORMS_DUE_QUERY} p95`, queryNamed(plansBefore, FORMS_DUE_QUERY).p95, queryNamed(result.plans, FORMS_DUE_QUERY).p95],
    ];
    const ms = (v: number) => `${v.toFixed(v < 10 ? 2 : 1)} ms`;
    const table = rows.map(([name, b, a]) => `${name.padEnd(34)} ${ms(b).padStart(12)} -> ${ms(a).padStart(11)}`).join('\n');
    const changedPlans = result.plans.filter((p) => p.name.startsWith(ACTIVE_QUERY) || p.name.startsWith(FORMS_DUE_QUERY));
    report.note(
      'Prototype fix: the open-sessions and forms-due statements start from their small tables (CROSS JOIN; records/join-order-fix.ts), on a copy of the records',
      `station statements swapped: ${swapped}\n${table}\n\n${planNote(changedPlans)}`,
    );
  } finally {
    copy.remove();
  }
}
