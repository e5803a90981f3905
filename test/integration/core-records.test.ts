import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../electron/station/db/open-database';
import type { StationCore } from '../../electron/station/station-core';
import { call, FakeClock, NURSE, openTestStation, readySpravatoPatient, refusal, tempDataDir, ADMIN } from '../support/station';
import { setUpUsers } from '../support/users';

let data: ReturnType<typeof tempDataDir>;
let clock: FakeClock;
let core: StationCore;
const opened: StationCore[] = [];

function open(): StationCore {
  const c = openTestStation(data.dir, clock);
  opened.push(c);
  return c;
}

beforeEach(() => {
  data = tempDataDir();
  clock = new FakeClock();
  core = open();
});

afterEach(() => {
  for (const c of opened.splice(0)) c.close();
  data.remove();
});

describe('the station core on a real SQLite file', () => {
  it('runs a Spravato 56 mg session from check-in to discharge', () => {
    const id = readySpravatoPatient(core);
    call(core, 'session.recordDevice', { sessionId: id, lot: 'LOT-77', by: NURSE });
    clock.advanceMinutes(5);
    let view = call(core, 'session.recordDevice', { sessionId: id, lot: 'LOT-77', by: NURSE });
    expect(view.devices.map((d) => d.number)).toEqual([1, 2]);
    expect(view.phase).toBe('observation');

    clock.advanceMinutes(35);
    call(core, 'session.recordObservation', { sessionId: id, bp: { systolic: 150, diastolic: 92, pulse: 80 }, spo2: 97, moaas: 4, dissociation: { global: 'mild', cadssTotal: 9 }, by: NURSE });
    clock.advanceMinutes(70);
    call(core, 'session.recordObservation', { sessionId: id, bp: { systolic: 132, diastolic: 84, pulse: 72 }, spo2: 98, moaas: 5, dissociation: { global: 'none' }, by: NURSE });
    clock.advanceMinutes(9);
    const { clinician, clinicianSignOff: signOff } = setUpUsers(core);
    expect(refusal(core, 'session.discharge', { sessionId: id, signOff }).message).toMatch(/1 min left/);
    clock.advanceMinutes(1);
    view = call(core, 'session.discharge', { sessionId: id, signOff });
    expect(view.readOnly).toBe(true);
    expect(view.closure).toMatchObject({ kind: 'discharged', signedOffBy: { userId: clinician.userId, name: 'Dr Clare Lin' } });
    expect(call(core, 'board.get', {}).chairs[0].session).toBeNull();
    expect(refusal(core, 'session.recordObservation', { sessionId: id, spo2: 98, by: NURSE }).message).toMatch(/read-only/);
    expect(call(core, 'history.list', { by: NURSE })[0]).toMatchObject({ sessionId: id, closure: { kind: 'discharged' } });
  });

  it('lets a second core opened on the same file mid-observation see the same session and elapsed time', () => {
    const id = readySpravatoPatient(core);
    call(core, 'session.recordDevice', { sessionId: id, lot: 'L', by: NURSE });
    clock.advanceMinutes(47);
    const second = open();
    const a = call(core, 'session.get', { sessionId: id });
    const b = call(second, 'session.get', { sessionId: id });
    expect(b.timer.elapsedMs).toBe(47 * 60_000);
    expect(b.entries).toEqual(a.entries);
    expect(call(second, 'board.get', {}).chairs[0].session?.sessionId).toBe(id);
    // What the second station records, the first sees.
    call(second, 'session.recordObservation', { sessionId: id, spo2: 96, by: 'Nurse Ben' });
    expect(call(core, 'session.get', { sessionId: id }).latest.spo2?.value).toBe(96);
  });

  it('brings an active session back with the right elapsed time after the station is closed and opened again', () => {
    const id = readySpravatoPatient(core);
    call(core, 'session.recordDevice', { sessionId: id, lot: 'L', by: NURSE });
    core.close();
    opened.splice(opened.indexOf(core), 1);
    clock.advanceMinutes(63);
    const reopened = open();
    const tile = call(reopened, 'board.get', {}).chairs[0].session;
    expect(tile?.timer.elapsedMs).toBe(63 * 60_000);
    expect(tile?.timer.remainingMs).toBe(57 * 60_000);
  });

  it('keeps a wrong entry in the record, struck out with its reason', () => {
    const id = readySpravatoPatient(core);
    const wrong = call(core, 'session.recordObservation', { sessionId: id, bp: { systolic: 118, diastolic: 70 }, by: NURSE });
    const entryId = wrong.entries.at(-1)!.id;
    const view = call(core, 'session.markEnteredInError', { sessionId: id, entryId, reason: 'Reading from the next chair', by: NURSE });
    const entry = view.entries.find((e) => e.id === entryId);
    expect(entry?.enteredInError).toMatchObject({ reason: 'Reading from the next chair', by: NURSE });
    expect(view.preDose.baselineBp?.value.systolic).toBe(128);
    expect(refusal(core, 'session.markEnteredInError', { sessionId: id, entryId, reason: 'again', by: NURSE }).message).toMatch(/already/);
  });

  it('refuses to change or delete clinical rows even from outside the app', () => {
    readySpravatoPatient(core);
    const db = new Database(join(data.dir, DATABASE_FILE));
    try {
      expect(() => db.prepare("UPDATE entries SET by = 'someone else'").run()).toThrow(/never changed/);
      expect(() => db.prepare('DELETE FROM sessions').run()).toThrow(/never deleted/);
    } finally {
      db.close();
    }
  });

  it('keeps the database in WAL mode, so a reader never blocks the station', () => {
    const db = new Database(join(data.dir, DATABASE_FILE));
    try {
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    } finally {
      db.close();
    }
  });
});

describe('bad input through the API gets a clear message and changes nothing', () => {
  function snapshot(c: StationCore, id: string) {
    return JSON.stringify([call(c, 'session.get', { sessionId: id }).entries, call(c, 'board.get', {}).chairs]);
  }

  it.each([
    ['BP 300/20', { bp: { systolic: 300, diastolic: 20 } }, 'Systolic and diastolic are more than 200 mmHg apart: not a possible reading', 'bp.systolic'],
    ['systolic not above diastolic', { bp: { systolic: 90, diastolic: 95 } }, 'Systolic must be higher than diastolic', 'bp.systolic'],
    ['letters', { bp: { systolic: 'one twenty', diastolic: 80 } }, 'Systolic must be a number', 'bp.systolic'],
    ['SpO2 101', { spo2: 101 }, 'SpO2 must be between 50 and 100 %', 'spo2'],
    ['nothing at all', {}, 'Enter at least one value: blood pressure, SpO2, MOAA/S or dissociation', ''],
    ['MOAA/S 7', { moaas: 7 }, 'MOAA/S must be from 0 to 5', 'moaas'],
  ])('%s', (_name, values, message, path) => {
    const id = readySpravatoPatient(core);
    const before = snapshot(core, id);
    const error = refusal(core, 'session.recordObservation', { sessionId: id, by: NURSE, ...values });
    expect(error.code).toBe('invalid-input');
    expect(error.message).toBe(message);
    expect(error.issues?.[0]?.path).toBe(path);
    expect(snapshot(core, id)).toBe(before);
  });

  it('a dose for a patient who is not checked in', () => {
    const error = refusal(core, 'session.recordDevice', { sessionId: '1b4e28ba-2fa1-4d3b-a3f5-ef19b5a7633b', lot: 'L', by: NURSE });
    expect(error).toMatchObject({ code: 'not-found', message: 'No such session' });
    expect(call(core, 'board.get', {}).chairs.every((c) => c.session === null)).toBe(true);
  });

  it('a second patient in an occupied chair', () => {
    const id = readySpravatoPatient(core);
    const before = snapshot(core, id);
    const error = refusal(core, 'session.checkIn', {
      chairId: 'chair-1',
      patient: { clinicId: 'P-2002', name: 'K. L.' },
      protocolId: 'ketamine-im',
      by: NURSE,
    });
    expect(error.message).toBe('Chair 1 is occupied by M. R.: discharge them first');
    expect(snapshot(core, id)).toBe(before);
  });

  it('the same patient in two chairs', () => {
    readySpravatoPatient(core, 'chair-1', 'P-1001');
    const error = refusal(core, 'session.checkIn', { chairId: 'chair-2', patient: { clinicId: 'P-1001', name: 'M. R.' }, protocolId: 'spravato-56', by: NURSE });
    expect(error.message).toBe('Patient P-1001 is already checked in at Chair 1');
  });

  it('a dose before the pre-dose conditions are met', () => {
    const s = call(core, 'session.checkIn', { chairId: 'chair-2', patient: { clinicId: 'P-3', name: 'Z' }, protocolId: 'spravato-84', by: NURSE });
    const error = refusal(core, 'session.recordDevice', { sessionId: s.sessionId, lot: 'L', by: NURSE });
    expect(error.message).toMatch(/^The dose cannot be recorded yet: Confirm that someone else will drive the patient home/);
    expect(call(core, 'session.get', { sessionId: s.sessionId }).entries).toEqual([]);
  });

  it('a second device before the 5-minute rest, and a time in the future', () => {
    const id = readySpravatoPatient(core);
    call(core, 'session.recordDevice', { sessionId: id, lot: 'L', by: NURSE });
    clock.advanceMinutes(4);
    expect(refusal(core, 'session.recordDevice', { sessionId: id, lot: 'L', by: NURSE }).message).toMatch(/after the 5-minute rest/);
    const future = new Date(clock.now() + 10 * 60_000).toISOString();
    expect(refusal(core, 'session.recordObservation', { sessionId: id, at: future, spo2: 97, by: NURSE }).message).toMatch(/in the future/);
  });

  it('an unknown request, unexpected fields, and moving the clock on a real station', () => {
    expect(refusal(core, 'session.delete', {}).code).toBe('unknown-request');
    expect(refusal(core, 'board.get', { extra: 1 }).code).toBe('invalid-input');
    expect(refusal(core, 'clock.advance', { minutes: 60 }).message).toMatch(/--test-clock/);
  });

  it('removing a chair that has a patient', () => {
    readySpravatoPatient(core, 'chair-4', 'P-4');
    expect(refusal(core, 'settings.setChairCount', { count: 3, by: ADMIN }).message).toBe('Chair 4 has a patient: discharge them before removing the chair');
    expect(call(core, 'settings.setChairCount', { count: 6, by: ADMIN }).chairs).toHaveLength(6);
    call(core, 'devices.save', {
      device: { name: 'SunTech 6', protocol: 'suntech', path: '/dev/ttyUSB9', baudRate: 9600, usb: null, chairId: 'chair-6', measureScheduledChecks: false },
      by: ADMIN,
    });
    expect(refusal(core, 'settings.setChairCount', { count: 5, by: ADMIN }).message).toBe('Chair 6 has the BP monitor SunTech 6: move it to another chair or remove it first');
  });
});

describe('a dose entered afterwards with an earlier time', () => {
  it('is refused when the pre-dose conditions were not yet met at that time', () => {
    const data2 = tempDataDir();
    const clock2 = new FakeClock();
    const c = openTestStation(data2.dir, clock2);
    try {
      const s = call(c, 'session.checkIn', { chairId: 'chair-1', patient: { clinicId: 'P-9', name: 'Q' }, protocolId: 'spravato-56', by: NURSE });
      call(c, 'session.confirmPreDose', { sessionId: s.sessionId, transportHome: true, by: NURSE });
      clock2.advanceMinutes(10);
      call(c, 'session.recordObservation', { sessionId: s.sessionId, bp: { systolic: 124, diastolic: 80 }, spo2: 98, by: NURSE });
      const before = new Date(clock2.now() - 5 * 60_000).toISOString();
      expect(refusal(c, 'session.recordDevice', { sessionId: s.sessionId, at: before, lot: 'L', by: NURSE }).message).toMatch(/Record the pre-dose blood pressure/);
      expect(call(c, 'session.recordDevice', { sessionId: s.sessionId, lot: 'L', by: NURSE }).devices).toHaveLength(1);
    } finally {
      c.close();
      data2.remove();
    }
  });
});

describe('the tile as the core describes it', () => {
  it('tones the tile by its checks and does not repeat the next check in the attention lines', () => {
    const data3 = tempDataDir();
    const clock3 = new FakeClock();
    const c = openTestStation(data3.dir, clock3);
    try {
      const id = readySpravatoPatient(c);
      call(c, 'session.recordDevice', { sessionId: id, lot: 'L', by: NURSE });
      const tile = () => call(c, 'board.get', {}).chairs[0].session!;
      expect(tile().tone).toBe('normal');
      clock3.advanceMinutes(41);
      expect(tile().tone).toBe('due');
      clock3.advanceMinutes(5);
      expect(tile()).toMatchObject({ tone: 'overdue', nextCheck: { id: 't40', state: 'overdue' }, attention: [] });
      clock3.advanceMinutes(5);
      // Missed now: the next check is the pre-discharge one; the missed 40-minute check is a line of its own.
      expect(tile().attention).toEqual([expect.stringMatching(/^40 min check missed \(was due \d\d:\d\d\)$/)]);
    } finally {
      c.close();
      data3.remove();
    }
  });
});
