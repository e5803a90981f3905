import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, openSync, readdirSync, readFileSync, writeFileSync, writeSync, closeSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupNow, listBackups } from '../../electron/station/backup/database-backup';
import { DailyBackups } from '../../electron/station/backup/daily-backups';
import { restoreBackup } from '../../electron/station/backup/restore-backup';
import { openDatabase, type Db } from '../../electron/station/db/open-database';
import { localDate } from '../../electron/station/local-dates';
import type { StationCore } from '../../electron/station/station-core';
import { call, FakeClock, openTestStation, readySpravatoPatient, tempDataDir } from '../support/station';

const DAY = 24 * 60 * 60_000;

let data: ReturnType<typeof tempDataDir>;
let clock: FakeClock;
let stationDir: string;
let backups: string;
let core: StationCore | null;
let db: Db | null;
let sessions: string[];

beforeEach(() => {
  data = tempDataDir();
  clock = new FakeClock();
  stationDir = join(data.dir, 'station');
  backups = join(data.dir, 'backups');
  core = openTestStation(stationDir, clock);
  sessions = [readySpravatoPatient(core, 'chair-1', 'P-1001'), readySpravatoPatient(core, 'chair-2', 'P-1002')];
  // The handle a station's backups use: a connection to the same records the core writes.
  db = openDatabase(stationDir);
});

afterEach(() => {
  db?.close();
  core?.close();
  data.remove();
});

function stopStation(): void {
  db?.close();
  core?.close();
  db = null;
  core = null;
}

function fingerprint(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir)
      .sort()
      .map((f) => [f, createHash('sha256').update(readFileSync(join(dir, f))).digest('hex')]),
  );
}

function patientsOnBoard(station: StationCore): string[] {
  return call(station, 'board.get', {}).chairs.flatMap((c) => (c.session ? [c.session.patient.clinicId] : []));
}

describe('backups', () => {
  it('makes a checked copy that a station restored from it shows with its sessions', async () => {
    const file = await backupNow(db!, backups, clock);
    expect(file).toMatch(new RegExp(`station-${localDate(clock.now())}-\\d{4}\\.sqlite$`));
    // One self-contained file: no -wal or -shm beside it, and its header says it needs none
    // (bytes 18-19 are 1 for a rollback-journal database, 2 for WAL), so it opens from read-only media.
    expect(readdirSync(backups)).toEqual([file.split(/[\\/]/).at(-1)]);
    expect([...readFileSync(file).subarray(18, 20)]).toEqual([1, 1]);

    const elsewhere = join(data.dir, 'replacement-pc', 'data');
    restoreBackup(file, elsewhere, { clock });
    const restored = openTestStation(elsewhere, clock);
    try {
      expect(patientsOnBoard(restored).sort()).toEqual(['P-1001', 'P-1002']);
      for (const sessionId of sessions) {
        const view = call(restored, 'session.get', { sessionId });
        expect(view.entries.some((e) => e.body.kind === 'observation' && e.body.bp?.systolic === 128)).toBe(true);
      }
    } finally {
      restored.close();
    }
  });

  it('keeps the newest 14 of its own backups and never deletes other files', async () => {
    mkdirSync(backups, { recursive: true });
    writeFileSync(join(backups, 'notes.txt'), 'keep me');
    writeFileSync(join(backups, 'station-2025-12-31-before-upgrade.sqlite'), 'keep me too');
    const made: string[] = [];
    for (let i = 0; i < 16; i++) {
      made.push((await backupNow(db!, backups, clock)).split(/[\\/]/).at(-1)!);
      clock.t += DAY + 61_000;
    }
    expect(listBackups(backups)).toEqual(made.slice(2));
    expect(existsSync(join(backups, 'notes.txt'))).toBe(true);
    expect(existsSync(join(backups, 'station-2025-12-31-before-upgrade.sqlite'))).toBe(true);
  });

  it('restores over the records in place, keeping them aside', async () => {
    const file = await backupNow(db!, backups, clock);
    clock.advanceMinutes(10);
    readySpravatoPatient(core!, 'chair-3', 'P-1003');
    stopStation();

    const outcome = restoreBackup(file, stationDir, { clock });
    expect(outcome.keptAside.some((f) => /station\.sqlite\.before-restore-[\d-]+$/.test(f))).toBe(true);
    core = openTestStation(stationDir, clock);
    expect(patientsOnBoard(core).sort()).toEqual(['P-1001', 'P-1002']);
  });

  it('refuses a damaged backup with a clear message and changes nothing', async () => {
    const file = await backupNow(db!, backups, clock);
    stopStation();
    // Pages in the middle of the copy overwritten, as a failing disk or an interrupted copy leaves them.
    const fd = openSync(file, 'r+');
    writeSync(fd, Buffer.alloc(4096 * 3, 0x5a), 0, 4096 * 3, 4096);
    closeSync(fd);
    const notADatabase = join(backups, 'station-2026-03-01-0900.sqlite');
    writeFileSync(notADatabase, 'this is a spreadsheet, not the records');
    const before = fingerprint(stationDir);

    expect(() => restoreBackup(file, stationDir, { clock })).toThrow(/was not restored: .*(damaged|not a sound database).*Nothing was changed/);
    expect(() => restoreBackup(notADatabase, stationDir, { clock })).toThrow(/was not restored: .*not a sound database.*Nothing was changed/);
    expect(fingerprint(stationDir)).toEqual(before);
    core = openTestStation(stationDir, clock);
    expect(patientsOnBoard(core).sort()).toEqual(['P-1001', 'P-1002']);
  });

  it('refuses to restore under a running station', async () => {
    const file = await backupNow(db!, backups, clock);
    const before = fingerprint(stationDir);
    expect(() => restoreBackup(file, stationDir, { clock })).toThrow(/running station: stop the station/);
    expect(Object.keys(fingerprint(stationDir))).toEqual(Object.keys(before));
    expect(patientsOnBoard(core!).sort()).toEqual(['P-1001', 'P-1002']);
  });
});

describe('daily backups', () => {
  /** Waits for the callbacks of a schedule that looks every few milliseconds. */
  function until(condition: () => boolean): Promise<void> {
    return new Promise((done, fail) => {
      const started = Date.now();
      const poll = setInterval(() => {
        if (condition()) {
          clearInterval(poll);
          done();
        } else if (Date.now() - started > 5000) {
          clearInterval(poll);
          fail(new Error('waited 5 s in vain'));
        }
      }, 5);
    });
  }

  it('makes one backup a day: soon after start, then again once the date changes', async () => {
    const done: string[] = [];
    const failed: string[] = [];
    const daily = new DailyBackups(db!, backups, clock, { firstLookMs: 10, lookEveryMs: 20, onDone: (f) => done.push(f), onFailed: (m) => failed.push(m) });
    daily.start();
    try {
      await until(() => done.length === 1);
      // Several more looks on the same day make nothing more.
      await new Promise((r) => setTimeout(r, 120));
      expect(done).toHaveLength(1);
      clock.t += DAY;
      await until(() => done.length === 2);
      expect(listBackups(backups).map((n) => n.slice(8, 18))).toEqual([localDate(clock.now() - DAY), localDate(clock.now())]);
      expect(failed).toEqual([]);
    } finally {
      await daily.stop();
    }
  });

  it('reports a backup that cannot be made instead of throwing', async () => {
    writeFileSync(backups, 'a file where the backup folder should be');
    const failed: string[] = [];
    const daily = new DailyBackups(db!, backups, clock, { onFailed: (m) => failed.push(m) });
    await expect(daily.backUpIfNoneToday()).resolves.toBeNull();
    expect(failed).toHaveLength(1);
    expect(failed[0]).toMatch(/backup/i);
    // The station's own connection is still fine afterwards.
    expect(patientsOnBoard(core!).length).toBe(2);
  });
});
