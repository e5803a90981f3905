// Users, roles and PINs on a real SQLite file: the first admin, adding users, the wrong-PIN count and
// lock on the station's own clock, role checks, and PINs that never reach the file in clear.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../electron/station/db/open-database';
import { routeRequest, type Handlers } from '../../electron/station/request-router';
import { StationError } from '../../electron/station/station-error';
import { UserDirectory } from '../../electron/station/users/user-directory';
import { userHandlers } from '../../electron/station/users/user-handlers';
import { formatClockTime } from '../../shared/format/clock-time';
import { FakeClock, tempDataDir } from '../support/station';

const ADMIN_PIN = '90817263';
const CLINICIAN_PIN = '2468';
const NURSE_PIN = '1357';

let data: ReturnType<typeof tempDataDir>;
let clock: FakeClock;
let db: Db;
let logged: string[];
let users: UserDirectory;

beforeEach(() => {
  data = tempDataDir();
  clock = new FakeClock();
  db = openDatabase(data.dir);
  logged = [];
  users = new UserDirectory(db, clock, { log: (m) => logged.push(m) });
});

afterEach(() => {
  db.close();
  data.remove();
});

/** The refusal `run` throws: its message and the field it names. */
function refused(run: () => unknown): { message: string; path: string | undefined } {
  try {
    run();
  } catch (e) {
    if (!(e instanceof StationError)) throw e;
    expect(e.code).toBe('not-allowed');
    return { message: e.message, path: e.issues?.[0]?.path };
  }
  throw new Error('accepted, but should have been refused');
}

function staffed() {
  const admin = users.setUp('Ada Admin', ADMIN_PIN);
  const asAdmin = { userId: admin.userId, pin: ADMIN_PIN };
  const clinician = users.add({ name: 'Dr Lin', role: 'clinician', pin: CLINICIAN_PIN }, asAdmin);
  const nurse = users.add({ name: 'Nora Nurse', role: 'nurse', pin: NURSE_PIN }, asAdmin);
  return { admin, asAdmin, clinician, nurse };
}

const signOff = (userId: string, pin: string) => users.verify(userId, pin, ['clinician'], 'sign off a discharge');

describe('setting up the station', () => {
  it('is not set up until the first admin is made, and refuses a second setup', () => {
    expect(users.status()).toEqual({ setUp: false, users: [] });
    const admin = users.setUp('Ada Admin', ADMIN_PIN);
    expect(admin).toMatchObject({ name: 'Ada Admin', role: 'admin', locked: false });
    expect(users.status()).toEqual({ setUp: true, users: [admin] });

    const again = refused(() => users.setUp('Mallory', '1111'));
    expect(again.message).toBe('This station is already set up: an admin adds users under Settings → Users');
    expect(users.status().users.map((u) => u.name)).toEqual(['Ada Admin']);
  });

  it('keeps the users when the database is opened again', () => {
    const { clinician } = staffed();
    db.close();
    db = openDatabase(data.dir);
    users = new UserDirectory(db, clock);
    expect(users.status().users.map((u) => u.name)).toEqual(['Ada Admin', 'Dr Lin', 'Nora Nurse']);
    expect(signOff(clinician.userId, CLINICIAN_PIN).name).toBe('Dr Lin');
  });
});

describe('adding users', () => {
  it('lets an admin add users with their roles', () => {
    const { admin, clinician, nurse } = staffed();
    expect(clinician).toMatchObject({ name: 'Dr Lin', role: 'clinician', locked: false });
    expect(users.status().users).toEqual([admin, clinician, nurse]);
    const row = db.prepare('SELECT created_by FROM users WHERE id = ?').get(clinician.userId) as { created_by: string };
    expect(row.created_by).toBe(admin.userId);
    expect(logged).toContain('Ada Admin added Dr Lin as a clinician');
  });

  it('refuses a nurse adding a user, even with her right PIN', () => {
    const { nurse } = staffed();
    const r = refused(() => users.add({ name: 'Eve', role: 'admin', pin: '4444' }, { userId: nurse.userId, pin: NURSE_PIN }));
    expect(r).toEqual({ message: 'Only an admin can add a user; Nora Nurse is a nurse', path: 'admin.userId' });
    expect(users.status().users.map((u) => u.name)).not.toContain('Eve');
  });

  it('refuses an admin with a wrong PIN, at the PIN field', () => {
    const { admin } = staffed();
    const r = refused(() => users.add({ name: 'Eve', role: 'nurse', pin: '4444' }, { userId: admin.userId, pin: '0000' }));
    expect(r).toEqual({ message: 'Wrong PIN for Ada Admin: 4 tries left', path: 'admin.pin' });
  });

  it('refuses a name that is already taken, whatever its capitals and spaces', () => {
    const { asAdmin } = staffed();
    for (const name of ['Dr Lin', 'DR LIN', 'dr  lin']) {
      const r = refused(() => users.add({ name, role: 'nurse', pin: '4444' }, asAdmin));
      expect(r).toEqual({ message: 'There is already a user called Dr Lin: each person needs a name of their own (capitals do not count)', path: 'name' });
    }
    users.add({ name: 'Émile Roux', role: 'nurse', pin: '4444' }, asAdmin);
    // SQLite's NOCASE folds ASCII only: the directory folds the rest.
    expect(refused(() => users.add({ name: 'émile roux', role: 'nurse', pin: '4444' }, asAdmin)).path).toBe('name');
  });
});

describe('PINs and locks', () => {
  it('counts wrong PINs down and starts again after a right one', () => {
    const { clinician } = staffed();
    expect(refused(() => signOff(clinician.userId, '0000'))).toEqual({ message: 'Wrong PIN for Dr Lin: 4 tries left', path: 'signOff.pin' });
    expect(refused(() => signOff(clinician.userId, '0000')).message).toBe('Wrong PIN for Dr Lin: 3 tries left');
    expect(refused(() => signOff(clinician.userId, '0000')).message).toBe('Wrong PIN for Dr Lin: 2 tries left');
    expect(refused(() => signOff(clinician.userId, '0000')).message).toBe('Wrong PIN for Dr Lin: 1 try left');
    expect(signOff(clinician.userId, CLINICIAN_PIN)).toEqual({ userId: clinician.userId, name: 'Dr Lin', role: 'clinician' });
    expect(refused(() => signOff(clinician.userId, '0000')).message).toBe('Wrong PIN for Dr Lin: 4 tries left');
  });

  it('locks a user for 5 minutes after 5 wrong PINs, even against the right PIN, then lets them in', () => {
    const { clinician } = staffed();
    for (let i = 0; i < 4; i++) refused(() => signOff(clinician.userId, '0000'));
    const until = formatClockTime(clock.now() + 5 * 60_000);
    expect(refused(() => signOff(clinician.userId, '0000')).message).toBe(`Wrong PIN. Dr Lin is locked until ${until} after 5 wrong PINs`);
    expect(users.status().users.find((u) => u.name === 'Dr Lin')?.locked).toBe(true);

    clock.advanceMinutes(4);
    expect(refused(() => signOff(clinician.userId, CLINICIAN_PIN))).toEqual({ message: `Dr Lin is locked until ${until} after 5 wrong PINs`, path: 'signOff.pin' });

    clock.advanceMinutes(1);
    expect(users.status().users.find((u) => u.name === 'Dr Lin')?.locked).toBe(false);
    expect(signOff(clinician.userId, CLINICIAN_PIN).name).toBe('Dr Lin');
  });

  it('gives every try back once a lock has run out', () => {
    const { clinician } = staffed();
    for (let i = 0; i < 5; i++) refused(() => signOff(clinician.userId, '0000'));
    clock.advanceMinutes(5);
    expect(refused(() => signOff(clinician.userId, '0000')).message).toBe('Wrong PIN for Dr Lin: 4 tries left');
  });

  it('logs each wrong try and the lock, never the PIN', () => {
    const { clinician } = staffed();
    for (let i = 0; i < 5; i++) refused(() => signOff(clinician.userId, '86420'));
    const tries = logged.filter((m) => m.startsWith('Wrong PIN for Dr Lin'));
    expect(tries).toHaveLength(5);
    expect(tries[0]).toBe(`Wrong PIN for Dr Lin (${clinician.userId}) trying to sign off a discharge: 1 of 5`);
    expect(logged.some((m) => /Dr Lin .* is locked until .* after 5 wrong PINs/.test(m))).toBe(true);
    for (const m of logged) {
      for (const pin of ['86420', CLINICIAN_PIN, ADMIN_PIN, NURSE_PIN]) expect(m).not.toContain(pin);
    }
  });

  it('locks only the user whose PIN was wrong', () => {
    const { clinician, asAdmin } = staffed();
    const other = users.add({ name: 'Dr Ode', role: 'clinician', pin: '5555' }, asAdmin);
    for (let i = 0; i < 5; i++) refused(() => signOff(clinician.userId, '0000'));
    expect(signOff(other.userId, '5555').name).toBe('Dr Ode');
  });

  it('refuses an unknown user at the user field', () => {
    staffed();
    expect(refused(() => signOff('5b0c1f0e-1111-4222-8333-944455556666', '2468'))).toEqual({
      message: 'That user is not known at this station: choose your name from the list again',
      path: 'signOff.userId',
    });
  });
});

describe('roles', () => {
  it('refuses a nurse signing off a discharge with her right PIN, by her role, without counting a wrong try', () => {
    const { nurse } = staffed();
    for (let i = 0; i < 6; i++) {
      expect(refused(() => signOff(nurse.userId, NURSE_PIN))).toEqual({
        message: 'Only a clinician can sign off a discharge; Nora Nurse is a nurse',
        path: 'signOff.userId',
      });
    }
    expect(users.status().users.find((u) => u.name === 'Nora Nurse')?.locked).toBe(false);
    expect(users.verify(nurse.userId, NURSE_PIN, ['nurse', 'clinician'], 'acknowledge an alarm').role).toBe('nurse');
  });

  it('tells someone with a wrong PIN nothing about the role', () => {
    const { nurse } = staffed();
    expect(refused(() => signOff(nurse.userId, '0000')).message).toBe('Wrong PIN for Nora Nurse: 4 tries left');
  });

  it('names every role allowed', () => {
    const { nurse } = staffed();
    expect(refused(() => users.verify(nurse.userId, NURSE_PIN, ['clinician', 'admin'], 'change the protocols')).message).toBe(
      'Only a clinician or an admin can change the protocols; Nora Nurse is a nurse',
    );
  });
});

describe('what is stored', () => {
  it('never writes a PIN in clear to the database file or its row', () => {
    const { clinician } = staffed();
    for (let i = 0; i < 2; i++) refused(() => signOff(clinician.userId, '55443322'));
    db.pragma('wal_checkpoint(TRUNCATE)');
    const row = db.prepare('SELECT * FROM users WHERE id = ?').get(clinician.userId) as Record<string, unknown>;
    expect(String(row.pin_hash)).toMatch(/^\$scrypt\$ln=15,r=8,p=1\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
    expect(Object.values(row).map(String)).not.toContain(CLINICIAN_PIN);
    // Every file SQLite keeps for the station (the database, its WAL and shared memory).
    const files = readdirSync(data.dir).filter((f) => f.startsWith('station.sqlite'));
    const bytes = files.map((f) => readFileSync(join(data.dir, f)).toString('latin1')).join('\n');
    // The search itself works: the names are there in clear.
    expect(bytes.includes('Dr Lin')).toBe(true);
    for (const pin of [ADMIN_PIN, '55443322']) expect(bytes.includes(pin), `PIN ${pin} in the files`).toBe(false);
  });

  it('salts every hash: the same PIN gives a different hash for each user', () => {
    const { asAdmin } = staffed();
    const a = users.add({ name: 'Same One', role: 'nurse', pin: '4444' }, asAdmin);
    const b = users.add({ name: 'Same Two', role: 'nurse', pin: '4444' }, asAdmin);
    const hash = (id: string) => (db.prepare('SELECT pin_hash FROM users WHERE id = ?').get(id) as { pin_hash: string }).pin_hash;
    expect(hash(a.userId)).not.toBe(hash(b.userId));
    expect(users.verify(a.userId, '4444', ['nurse'], 'record').name).toBe('Same One');
    expect(users.verify(b.userId, '4444', ['nurse'], 'record').name).toBe('Same Two');
  });
});

describe('the users requests', () => {
  const handle = (method: string, input: unknown) => routeRequest(userHandlers(users) as Handlers, method, input, () => {});

  it('validates the input and answers with the status, never a PIN hash', () => {
    expect(handle('users.setUp', { name: 'Ada Admin', pin: '12' })).toMatchObject({ ok: false, error: { code: 'invalid-input', message: 'PIN must be 4 to 8 digits' } });
    const set = handle('users.setUp', { name: '  Ada Admin ', pin: ADMIN_PIN });
    expect(set).toMatchObject({ ok: true, result: { setUp: true, users: [{ name: 'Ada Admin', role: 'admin', locked: false }] } });
    expect(JSON.stringify(set)).not.toContain('scrypt');
    const adminId = (users.status().users[0]!).userId;
    const added = handle('users.add', { name: 'Dr Lin', role: 'clinician', pin: CLINICIAN_PIN, admin: { userId: adminId, pin: ADMIN_PIN } });
    expect(added).toMatchObject({ ok: true, result: { users: [{ name: 'Ada Admin' }, { name: 'Dr Lin', role: 'clinician' }] } });
    expect(handle('users.setUp', { name: 'Mallory', pin: '1111' })).toMatchObject({ ok: false, error: { code: 'not-allowed' } });
  });
});
