// The station tells the room about itself and recovers: a damaged settings file (the last good
// settings come back, and the screen says so), a full disk (nothing pretends to be saved; saving
// works again once there is room), and a jump of the PC's clock.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../electron/station/db/open-database';
import { openStation } from '../../electron/station/open-station';
import { confSettings } from '../../electron/station/settings/conf-settings';
import type { StationCore } from '../../electron/station/station-core';
import { call, FakeClock, NURSE, readySpravatoPatient, refusal, tempDataDir } from '../support/station';

let data: ReturnType<typeof tempDataDir>;
let core: StationCore | null = null;
let db: Db | null = null;
const clock = new FakeClock();

function open(): StationCore {
  core = openStation({ dataDir: data.dir, clock, settings: confSettings(data.dir, () => {}), heartbeatMs: 0, log: () => {}, pinCostLn: 10, backups: null, withDatabase: (d) => (db = d) });
  return core;
}

beforeEach(() => {
  data = tempDataDir();
});
afterEach(() => {
  core?.close();
  data.remove();
});

describe('a damaged settings file', () => {
  it('brings back the last good settings, keeps the damaged file, and says so on the board', () => {
    const first = open();
    call(first, 'settings.update', { changes: { alarmPauseMinutes: 4 }, by: 'Ada Admin' });
    first.close();
    writeFileSync(join(data.dir, 'settings.json'), '{"chairs": [{"id": "chair-1", "na');

    const board = call(open(), 'board.get', {});
    expect(call(core!, 'settings.get', {}).alarmPauseMinutes).toBe(4);
    expect(board.notices).toEqual([
      expect.objectContaining({ id: 'settings', level: 'warning', text: expect.stringMatching(/could not be read .*the last good settings were put back\. The damaged file was kept as .*settings\.json\.unreadable-/) }),
    ]);
  });
});

describe('a full disk', () => {
  it('refuses to pretend a save, shows it to the room, and saves again once there is room', () => {
    const station = open();
    const id = readySpravatoPatient(station);
    const entries = () => call(station, 'session.get', { sessionId: id }).entries.length;
    const before = entries();
    // SQLite's own limit on the file's size: the same SQLITE_FULL a full disk gives.
    const pages = db!.pragma('page_count', { simple: true }) as number;
    db!.pragma(`max_page_count = ${pages}`);
    let error: string | null = null;
    let accepted = 0;
    for (let i = 0; i < 200 && !error; i++) {
      try {
        call(station, 'session.recordObservation', { sessionId: id, spo2: 97, moaas: 5, dissociation: { global: 'none' }, by: NURSE });
        accepted += 1;
      } catch (e) {
        error = (e as Error).message;
      }
    }
    expect(error).toMatch(/Not saved: the disk is full\. Write it down on paper for now; everything saved before is safe/);
    // Every save that was reported is there, and the refused one is not.
    const saved = entries();
    expect(saved).toBe(before + accepted);
    expect(call(station, 'board.get', {}).notices).toEqual([expect.objectContaining({ id: 'storage', level: 'error', text: expect.stringMatching(/^The records cannot be saved: the disk is full/) })]);

    db!.pragma('max_page_count = 1073741823');
    call(station, 'session.recordObservation', { sessionId: id, spo2: 98, by: NURSE });
    expect(entries()).toBe(saved + 1);
    expect(call(station, 'board.get', {}).notices).toEqual([]);
    expect(refusal(station, 'session.recordObservation', { sessionId: id, spo2: 30, by: NURSE }).message).toMatch(/SpO2 must be between/);
  });
});

describe('a jump of the PC clock', () => {
  it('is shown for an hour and kept in the audit trail', () => {
    const station = open();
    station.recordClockJump({ fromMs: clock.t, toMs: clock.t + 3_600_000, deltaMs: 3_600_000 });
    expect(call(station, 'board.get', {}).notices[0].text).toMatch(/^The PC's clock jumped forward by 60 min at \d\d:\d\d\. Observation timers kept to real elapsed time/);
    clock.advanceMinutes(61);
    expect(call(station, 'board.get', {}).notices).toEqual([]);
    expect(call(station, 'audit.verify', { by: 'Ada Admin' })).toMatchObject({ ok: true });
  });
});
