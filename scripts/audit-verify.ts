// npm run audit:verify -- --data-dir DIR
// Checks the station's audit trail without changing anything: prints how many rows follow each other
// unbroken, or the first row that was changed, removed or inserted outside the station.
// Exit code 0: intact; 1: broken or unreadable; 2: wrong usage.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { AuditLog } from '../electron/station/audit/audit-log';
import { DATABASE_FILE } from '../electron/station/db/open-database';
import { systemClock } from '../electron/station/clock';

const USAGE = 'Usage: npm run audit:verify -- --data-dir DIR';

function main(): number {
  let dataDir: string | undefined;
  try {
    dataDir = parseArgs({ options: { 'data-dir': { type: 'string' } } }).values['data-dir'];
  } catch (e) {
    console.error(`${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  if (!dataDir) {
    console.error(USAGE);
    return 2;
  }
  const file = join(resolve(dataDir), DATABASE_FILE);
  if (!existsSync(file)) {
    console.error(`No station records at ${file}`);
    return 1;
  }
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const hasTrail = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'audit_log'").get();
    if (!hasTrail) {
      console.error('These records have no audit trail yet (start the station once to bring them up to date).');
      return 1;
    }
    const check = new AuditLog(db, systemClock).verify();
    if (check.ok) {
      console.log(`Audit trail intact: ${check.rows} rows.`);
      return 0;
    }
    const b = check.firstBroken;
    console.log(`Audit trail BROKEN at row ${b.id} (${b.at}): ${b.reason}. Rows before it are intact.`);
    return 1;
  } finally {
    db.close();
  }
}

process.exitCode = main();
