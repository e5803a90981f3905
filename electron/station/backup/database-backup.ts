// One backup of the station's records: SQLite's online backup copies the database page by page
// while the station keeps working, into a file of its own that is checked before it counts.
// Backups are named station-YYYY-MM-DD-HHMM.sqlite (station-local time), so the newest sorts last
// and a person can find the one from before a bad day. Only files with exactly that name are ever
// deleted, and only the oldest beyond the number kept.
import { mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Clock } from '../clock';
import type { Db } from '../db/open-database';
import { localDate } from '../local-dates';

export const DEFAULT_BACKUPS_KEPT = 14;

const BACKUP_NAME = /^station-\d{4}-\d{2}-\d{2}-\d{4}\.sqlite$/;
const CHECK_SCHEMA = 'station_backup_check';

export function backupFileName(ms: number): string {
  const d = new Date(ms);
  const hhmm = `${String(d.getHours()).padStart(2, '0')}${String(d.getMinutes()).padStart(2, '0')}`;
  return `station-${localDate(ms)}-${hhmm}.sqlite`;
}

/** The station's own backups in the folder, oldest first. */
export function listBackups(folder: string): string[] {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return [];
  }
  return names.filter((n) => BACKUP_NAME.test(n)).sort();
}

/** Whether a backup was made on the station-local date of `ms`. */
export function hasBackupOn(folder: string, ms: number): boolean {
  const prefix = `station-${localDate(ms)}-`;
  return listBackups(folder).some((n) => n.startsWith(prefix));
}

/**
 * Copies the records into `folder` and returns the backup's path. The copy is written under a
 * temporary name, checked, and only then given its backup name: a backup cut short by a crash or a
 * full disk is never mistaken for a good one, and never pushes a good one out of the kept set.
 */
export async function backupNow(db: Db, folder: string, clock: Clock, keep = DEFAULT_BACKUPS_KEPT): Promise<string> {
  if (!Number.isInteger(keep) || keep < 1) throw new RangeError('At least one backup must be kept');
  mkdirSync(folder, { recursive: true });
  const file = join(folder, backupFileName(clock.now()));
  const partial = `${file}.partial`;
  removeDatabaseFiles(partial);
  try {
    await db.backup(partial);
    checkCopy(db, partial);
    renameSync(partial, file);
  } catch (e) {
    removeDatabaseFiles(partial);
    throw new Error(`The backup to ${folder} failed: ${(e as Error).message}`);
  }
  pruneBackups(folder, keep);
  return file;
}

/**
 * Opens the copy through the station's own connection (so it works with whichever SQLite build the
 * station runs on, Electron's included), makes it one self-contained file (the online backup of a
 * WAL database is a WAL database, which would need its -wal and -shm files beside it), and has
 * SQLite check every page of it.
 */
function checkCopy(db: Db, file: string): void {
  db.prepare(`ATTACH DATABASE ? AS ${CHECK_SCHEMA}`).run(file);
  try {
    db.pragma(`${CHECK_SCHEMA}.journal_mode = DELETE`);
    const result = db.pragma(`${CHECK_SCHEMA}.integrity_check`, { simple: true });
    if (result !== 'ok') throw new Error(`the copy does not pass SQLite's integrity check (${String(result)})`);
  } finally {
    db.exec(`DETACH DATABASE ${CHECK_SCHEMA}`);
  }
}

/** Deletes the oldest of the station's own backups beyond `keep`; returns the names deleted. */
export function pruneBackups(folder: string, keep: number): string[] {
  const backups = listBackups(folder);
  const old = backups.slice(0, Math.max(0, backups.length - keep));
  for (const name of old) rmSync(join(folder, name), { force: true });
  return old;
}

/** A database file and the -wal and -shm files SQLite may have made beside it. */
export function removeDatabaseFiles(file: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(`${file}${suffix}`, { force: true });
}
