// The SQLite query plans (EXPLAIN QUERY PLAN) of the history searches, the open-session query and
// the REMS forms-due query, taken from the statements the station's SessionRepository runs, and the
// time each statement takes on its own.
import { performance } from 'node:perf_hooks';
import { openDatabase, type Db } from '../../electron/station/db/open-database';
import { localMidnight } from '../../electron/station/local-dates';
import { SessionRepository } from '../../electron/station/records/session-repository';
import { percentile } from '../support/stats';
import type { RecordsMeta } from './generate-records';
import { capturingDb, type ExecutedStatement } from './statement-capture';

export interface PlannedQuery {
  name: string;
  statement: ExecutedStatement;
  plan: string;
  p50: number;
  p95: number;
}

interface PlanRow {
  id: number;
  parent: number;
  detail: string;
}

/** The plan as the sqlite3 shell draws it: one line a step, children indented under their parent. */
export function explainQueryPlan(db: Db, statement: ExecutedStatement): string {
  const rows = db.prepare<unknown[], PlanRow>(`EXPLAIN QUERY PLAN ${statement.sql}`).all(...statement.params);
  const lines: string[] = [];
  const draw = (parent: number, depth: number) => {
    for (const row of rows.filter((r) => r.parent === parent)) {
      lines.push(`${'   '.repeat(depth)}${row.detail}`);
      draw(row.id, depth + 1);
    }
  };
  draw(0, 0);
  return lines.join('\n');
}

/** The single statement `run` executes through the repository. */
function statementOf(executed: ExecutedStatement[], run: () => unknown): ExecutedStatement {
  executed.length = 0;
  run();
  if (executed.length !== 1) throw new Error(`Expected one statement, the repository ran ${executed.length}`);
  return executed[0];
}

export function planQueries(dir: string, meta: RecordsMeta, repeats: number): PlannedQuery[] {
  const db = openDatabase(dir);
  try {
    const capture = capturingDb(db);
    const repo = new SessionRepository(capture.db);
    const range = meta.samples.dateRanges[0];
    const queries: Array<[string, () => unknown]> = [
      ['history by patient ID (history.list {patientClinicId})', () => repo.history({ patientClinicId: meta.samples.patientClinicIds[0], limit: 100 })],
      [
        'history by date range (history.list {from, to})',
        () => repo.history({ checkedInFrom: new Date(localMidnight(range.from)).toISOString(), checkedInBefore: new Date(localMidnight(range.to, 1)).toISOString(), limit: 100 }),
      ],
      ['open sessions (activeSessions: board, every heartbeat, every change)', () => repo.activeSessions()],
      ['REMS forms due (remsFormsOutstanding: rems.formsDue)', () => repo.remsFormsOutstanding()],
    ];
    return queries.map(([name, run]) => {
      const statement = statementOf(capture.executed, run);
      const rerun = db.prepare(statement.sql);
      const samples = timeSync(repeats, () => rerun.all(...statement.params));
      return { name, statement, plan: explainQueryPlan(db, statement), p50: percentile(samples, 50), p95: percentile(samples, 95) };
    });
  } finally {
    db.close();
  }
}

function timeSync(count: number, run: () => unknown): number[] {
  const samples: number[] = [];
  for (let i = 0; i < count; i++) {
    const started = performance.now();
    run();
    samples.push(performance.now() - started);
  }
  return samples;
}

export function planNote(queries: PlannedQuery[]): string {
  return queries
    .map((q) => `${q.name}: statement alone p50 ${q.p50.toFixed(2)} ms, p95 ${q.p95.toFixed(2)} ms\n${q.statement.sql.replace(/\s+/g, ' ').trim()}\n${q.plan.replace(/^/gm, '  ')}`)
    .join('\n\n');
}
