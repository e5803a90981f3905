// Puts a backup back in place of the station's records. Stop the station first: restoring under a
// running station would pull its database away mid-shift. A station that has the records open is
// detected (it holds a lock on them) and the restore is refused.
// Nothing is lost by restoring: the records in place are kept beside it as
// station.sqlite.before-restore-<time> (with their -wal and -shm files renamed alike, so SQLite can
// still open them whole). The backup is checked before anything is moved; a damaged one is refused
// and leaves everything as it was.
import { copyFileSync, existsSync, mkdirSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { systemClock, type Clock } from '../clock';
import { DATABASE_FILE } from '../db/open-database';
import { MIGRATIONS } from '../db/migrations';
import { localDate } from '../local-dates';
import { removeDatabaseFiles } from './database-backup';

export interface RestoreOptions {
  clock?: Clock;
  /** Path of a better-sqlite3 binary built for this runtime, as for openStation. */
  nativeBinding?: string;
}

export interface RestoreOutcome {
  /** The records now in place. */
  database: string;
  /** Where the records that were in place were kept (empty when there were none). */
  keptAside: string[];
}

export class RestoreRefused extends Error {
  override name = 'RestoreRefused';
}

const SIDE_FILES = ['', '-wal', '-shm'];

export function restoreBackup(backupFile: string, dataDir: string, options: RestoreOptions = {}): RestoreOutcome {
  const clock = options.clock ?? systemClock;
  const open = (file: string) => new Database(file, { fileMustExist: true, timeout: 0, ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}) });
  if (!existsSync(backupFile)) throw new RestoreRefused(`There is no backup file ${backupFile}`);
  // A replacement PC may not have the folder yet: restoring onto it is what backups are for.
  mkdirSync(dataDir, { recursive: true });
  const database = join(dataDir, DATABASE_FILE);
  if (existsSync(database)) refuseIfInUse(database, open);

  // The check runs on a copy inside the data folder: that copy is what goes into place, and the
  // backup folder (perhaps read-only media) is never written to.
  const incoming = `${database}.restoring`;
  removeDatabaseFiles(incoming);
  try {
    copyFileSync(backupFile, incoming);
    checkBackup(incoming, open);
  } catch (e) {
    removeDatabaseFiles(incoming);
    throw new RestoreRefused(`${backupFile} was not restored: ${(e as Error).message}. Nothing was changed.`);
  }

  const stamp = timeStamp(clock.now());
  const keptAside: string[] = [];
  for (const suffix of SIDE_FILES) {
    const current = `${database}${suffix}`;
    if (!existsSync(current)) continue;
    const aside = `${database}.before-restore-${stamp}${suffix}`;
    renameSync(current, aside);
    keptAside.push(aside);
  }
  renameSync(incoming, database);
  return { database, keptAside };
}

/**
 * A station keeps its records open for as long as it runs, and SQLite then holds a lock on them:
 * asking for the database alone fails at once while any station has it open.
 */
function refuseIfInUse(database: string, open: (file: string) => Database.Database): void {
  let db: Database.Database | null = null;
  try {
    db = open(database);
    db.pragma('locking_mode = EXCLUSIVE');
    db.exec('BEGIN EXCLUSIVE; COMMIT');
  } catch (e) {
    const message = (e as Error).message;
    if (/locked|busy/i.test(message)) {
      throw new RestoreRefused('The records are open in a running station: stop the station (close the app or the server) first, then restore');
    }
    // A damaged database in place is what a restore is for: it is kept aside like any other.
  } finally {
    db?.close();
  }
}

function checkBackup(file: string, open: (file: string) => Database.Database): void {
  let db: Database.Database;
  try {
    db = open(file);
  } catch (e) {
    throw new RestoreRefused(`it cannot be opened as a database (${(e as Error).message})`);
  }
  try {
    let findings: string[];
    try {
      findings = (db.pragma('integrity_check(3)') as Array<{ integrity_check: string }>).map((r) => r.integrity_check);
    } catch (e) {
      throw new RestoreRefused(`it is not a sound database (${(e as Error).message})`);
    }
    if (findings.join() !== 'ok') throw new RestoreRefused(`it is damaged (SQLite's integrity check: ${oneLine(findings.join('; '))})`);
    const hasSessions = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sessions'").get();
    if (!hasSessions) throw new RestoreRefused('it is a database, but not Observation Station records');
    const schema = db.pragma('user_version', { simple: true }) as number;
    const latest = MIGRATIONS.at(-1)?.version ?? 0;
    if (schema > latest) throw new RestoreRefused(`it is from a newer version of Observation Station (schema ${schema}, this version knows ${latest})`);
  } finally {
    db.close();
  }
}

function oneLine(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 300 ? `${flat.slice(0, 300)}...` : flat;
}

/** Station-local YYYY-MM-DD-HHMMSS: sorts by time and is a valid file name everywhere. */
function timeStamp(ms: number): string {
  const d = new Date(ms);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${localDate(ms)}-${two(d.getHours())}${two(d.getMinutes())}${two(d.getSeconds())}`;
}
