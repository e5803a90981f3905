// The audit trail: every change names who made it, PINs never appear, and an edit made to the
// database outside the station is found and named, by the core and by `npm run audit:verify`.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../electron/station/db/open-database';
import { ADMIN, call, NURSE, readySpravatoPatient, refusal, stationPerTest } from '../support/station';
import { setUpUsers } from '../support/users';

const t = stationPerTest();

interface Row {
  id: number;
  user: string;
  action: string;
  entity: string;
  summary: string;
}

function rows(): Row[] {
  const db = new Database(join(t.dir, DATABASE_FILE), { readonly: true });
  try {
    return db.prepare<[], Row>('SELECT id, user, action, entity, summary FROM audit_log ORDER BY id').all();
  } finally {
    db.close();
  }
}

/** Changes the file the way someone with a database tool could: triggers dropped, a row edited. */
function tamper(sql: string): void {
  const db = new Database(join(t.dir, DATABASE_FILE));
  try {
    db.exec('DROP TRIGGER IF EXISTS audit_log_no_update; DROP TRIGGER IF EXISTS audit_log_no_delete;');
    db.exec(sql);
  } finally {
    db.close();
  }
}

function verifyCli(): { code: number | null; out: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/audit-verify.ts', '--data-dir', t.dir], { encoding: 'utf8' });
  return { code: r.status, out: `${r.stdout}${r.stderr}` };
}

describe('the audit trail', () => {
  it('records each change with its user and record, never reads, never a PIN', () => {
    const users = setUpUsers(t.core);
    const id = readySpravatoPatient(t.core);
    call(t.core, 'session.get', { sessionId: id });
    call(t.core, 'board.get', {});
    refusal(t.core, 'session.discharge', { sessionId: id, signOff: { userId: users.clinician.userId, pin: '73915' } });

    const trail = rows();
    expect(trail.map((r) => r.action)).toEqual([
      'users.setUp',
      'users.add',
      'users.add',
      // The test's nurse, made and signed in when she first records something.
      'users.add',
      'users.signIn',
      'session.checkIn',
      'session.confirmPreDose',
      'session.recordObservation',
      'users.security',
    ]);
    expect(trail[4]).toMatchObject({ user: NURSE, action: 'users.signIn' });
    expect(trail[5]).toMatchObject({ user: NURSE, entity: `session:${id}` });
    expect(trail[1].user).toBe('Ada Admin');
    expect(trail[7].summary).toContain('"systolic":128');
    expect(trail[8].summary).toMatch(/Wrong PIN for Dr Clare Lin/);
    for (const pin of [users.admin.pin, users.clinician.pin, users.nurse.pin, '73915']) {
      expect(trail.some((r) => r.summary.includes(`"${pin}"`) || r.summary.includes(` ${pin}`))).toBe(false);
    }
    // The admin's sign-in to run the check is the tenth row.
    expect(call(t.core, 'audit.verify', { by: ADMIN })).toEqual({ ok: true, rows: 10 });
  });

  it('names the first row changed outside the station, in the core and on the command line', () => {
    readySpravatoPatient(t.core);
    // The admin made at setup, the nurse, her sign-in, then three changes.
    expect(verifyCli()).toEqual({ code: 0, out: expect.stringContaining('Audit trail intact: 6 rows.') });

    tamper(`UPDATE audit_log SET user = 'Someone else' WHERE id = 2`);
    expect(call(t.core, 'audit.verify', { by: ADMIN })).toMatchObject({ ok: false, firstBroken: { id: 2, reason: 'its contents were changed after it was written' } });
    const cli = verifyCli();
    expect(cli.code).toBe(1);
    expect(cli.out).toMatch(/BROKEN at row 2 .*contents were changed/);
  });

  it('finds a removed row', () => {
    readySpravatoPatient(t.core);
    tamper('DELETE FROM audit_log WHERE id = 2');
    expect(call(t.core, 'audit.verify', { by: ADMIN })).toMatchObject({ ok: false, firstBroken: { id: 3, reason: 'row 2 is missing' } });
  });

  it('cannot be changed through SQLite while its triggers stand', () => {
    readySpravatoPatient(t.core);
    const db = new Database(join(t.dir, DATABASE_FILE));
    try {
      expect(() => db.exec(`UPDATE audit_log SET user = 'x'`)).toThrow(/never changed in place/);
    } finally {
      db.close();
    }
  });
});
