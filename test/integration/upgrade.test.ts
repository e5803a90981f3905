// A station upgraded on records made by the version before: the patients in chairs are still on the
// board, and the discharged Spravato sessions still wait for their REMS form.
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../electron/station/db/open-database';
import { MIGRATIONS } from '../../electron/station/db/migrations';
import { OPEN_SESSIONS_SQL, REMS_FORMS_OUTSTANDING_SQL } from '../../electron/station/records/session-repository';
import { BUILT_IN_PROTOCOLS } from '../../shared/domain/protocols';
import { call, openTestStation, FakeClock, tempDataDir } from '../support/station';

let data: ReturnType<typeof tempDataDir>;
beforeEach(() => {
  data = tempDataDir();
});
afterEach(() => data.remove());

/** Records as the version before kept them: schema 7, one patient in Chair 2, one discharged. */
function recordsBeforeUpgrade(): void {
  const db = new Database(join(data.dir, DATABASE_FILE));
  for (const m of MIGRATIONS.filter((x) => x.version <= 7)) db.exec(m.sql);
  db.pragma('user_version = 7');
  const spravato = JSON.stringify(BUILT_IN_PROTOCOLS[0]);
  const insert = db.prepare(
    `INSERT INTO sessions (id, chair_id, chair_name, patient_clinic_id, patient_name, patient_birth_date, protocol_id, protocol_json, checked_in_at, checked_in_by)
     VALUES (?, ?, ?, ?, ?, NULL, 'spravato-56', ?, ?, 'Nurse')`,
  );
  insert.run('11111111-1111-4111-8111-111111111111', 'chair-2', 'Chair 2', 'P-OPEN', 'Still here', spravato, '2026-03-02T08:00:00.000Z');
  insert.run('22222222-2222-4222-8222-222222222222', 'chair-1', 'Chair 1', 'P-GONE', 'Gone home', spravato, '2026-03-01T08:00:00.000Z');
  db.prepare(`INSERT INTO closures (session_id, kind, at, by, clinician, note) VALUES (?, 'discharged', ?, 'Dr', 'Dr', NULL)`).run(
    '22222222-2222-4222-8222-222222222222',
    '2026-03-01T10:30:00.000Z',
  );
  db.close();
}

it('keeps the open sessions on the board and the REMS forms due after the upgrade', () => {
  recordsBeforeUpgrade();
  const core = openTestStation(data.dir, new FakeClock());
  try {
    const board = call(core, 'board.get', {});
    expect(board.chairs.find((c) => c.chairId === 'chair-2')?.session?.patient.clinicId).toBe('P-OPEN');
    expect(board.chairs.find((c) => c.chairId === 'chair-1')?.session).toBeNull();
    expect(call(core, 'rems.formsDue', { by: 'Nora Nurse' }).map((r) => r.patient.clinicId)).toEqual(['P-GONE']);
  } finally {
    core.close();
  }
});

it('finds the open sessions and the forms due from their small indexes, not by reading all of history', () => {
  const core = openTestStation(data.dir, new FakeClock());
  core.close();
  const db = new Database(join(data.dir, DATABASE_FILE), { readonly: true });
  try {
    const plan = (sql: string) => db.prepare<[], { detail: string }>(`EXPLAIN QUERY PLAN ${sql}`).all().map((r) => r.detail);
    const open = plan(OPEN_SESSIONS_SQL);
    expect(open[0]).toMatch(/^SCAN o/);
    expect(open.some((d) => /^SCAN s\b/.test(d))).toBe(false);
    const due = plan(REMS_FORMS_OUTSTANDING_SQL);
    expect(due[0]).toMatch(/^SCAN r/);
    expect(due.some((d) => /^SCAN (c|s)\b/.test(d))).toBe(false);
  } finally {
    db.close();
  }
});
