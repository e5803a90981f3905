// npm run backup -- --data-dir DIR [--to FOLDER] [--keep N]
// npm run restore -- --data-dir DIR --from FILE
// Backup copies the station's records while the station may keep running, checks the copy and
// keeps the newest N (default 14) in the folder (default DIR/backups; better on another drive).
// Restore needs the station stopped; it checks the backup first and keeps the records it replaces
// beside them as station.sqlite.before-restore-<time>.
// Exit code 0: done; 1: failed or refused (nothing changed); 2: wrong usage.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { systemClock } from '../electron/station/clock';
import { DATABASE_FILE } from '../electron/station/db/open-database';
import { backupNow, DEFAULT_BACKUPS_KEPT } from '../electron/station/backup/database-backup';
import { restoreBackup } from '../electron/station/backup/restore-backup';

const USAGE = [
  'Usage: npm run backup -- --data-dir DIR [--to FOLDER] [--keep N]',
  '       npm run restore -- --data-dir DIR --from FILE',
].join('\n');

type Args = ReturnType<typeof parse>;

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      'data-dir': { type: 'string' },
      to: { type: 'string' },
      keep: { type: 'string' },
      from: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
}

async function backup(values: Args['values']): Promise<number> {
  const dataDir = resolve(values['data-dir']!);
  const file = join(dataDir, DATABASE_FILE);
  if (!existsSync(file)) {
    console.error(`No station records at ${file}`);
    return 1;
  }
  const keep = values.keep === undefined ? DEFAULT_BACKUPS_KEPT : Number(values.keep);
  if (!Number.isInteger(keep) || keep < 1) {
    console.error(`--keep must be a whole number of backups, at least 1\n${USAGE}`);
    return 2;
  }
  const folder = resolve(values.to ?? join(dataDir, 'backups'));
  // Not read-only: the copy is checked through this connection, which writes to the copy only.
  const db = new Database(file, { fileMustExist: true, timeout: 5000 });
  try {
    const made = await backupNow(db, folder, systemClock, keep);
    console.log(`Backup made and checked: ${made}`);
    return 0;
  } catch (e) {
    console.error((e as Error).message);
    return 1;
  } finally {
    db.close();
  }
}

function restore(values: Args['values']): number {
  if (!values.from) {
    console.error(`--from FILE is required: the backup to restore\n${USAGE}`);
    return 2;
  }
  try {
    const outcome = restoreBackup(resolve(values.from), resolve(values['data-dir']!));
    console.log(`Restored ${resolve(values.from)} to ${outcome.database}.`);
    for (const f of outcome.keptAside) console.log(`The records it replaced are kept as ${f}`);
    return 0;
  } catch (e) {
    console.error((e as Error).message);
    return 1;
  }
}

async function main(argv: string[]): Promise<number> {
  let args: Args;
  try {
    args = parse(argv);
  } catch (e) {
    console.error(`${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  const [command] = args.positionals;
  if (args.values.help) {
    console.log(USAGE);
    return 0;
  }
  if ((command !== 'backup' && command !== 'restore') || args.positionals.length !== 1 || !args.values['data-dir']) {
    console.error(USAGE);
    return 2;
  }
  return command === 'backup' ? backup(args.values) : restore(args.values);
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exitCode = 1;
  },
);
