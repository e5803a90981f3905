// Generated record databases are kept under bench/.cache/, one folder per size and schema version,
// so a rerun reuses them; the benchmarks work on a copy, as the station writes to what it opens.
import { cpSync, existsSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { MIGRATIONS } from '../../electron/station/db/migrations';
import { generateRecords, type RecordsMeta, type RecordsSize } from './generate-records';

const CACHE_ROOT = resolve(__dirname, '..', '.cache');
/** Raise when generate-records.ts or session-rows.ts changes what they write. */
const GENERATOR_VERSION = 3;
const META_FILE = 'records-meta.json';

function cacheDir(size: RecordsSize): string {
  const schema = MIGRATIONS.at(-1)?.version ?? 0;
  return join(CACHE_ROOT, `records-${size.sessions}-sessions-${size.readings}-readings-schema-${schema}-generator-${GENERATOR_VERSION}`);
}

export interface CachedRecords {
  dir: string;
  meta: RecordsMeta;
  /** True when this run generated it. */
  generated: boolean;
}

export async function cachedRecords(size: RecordsSize, log: (line: string) => void): Promise<CachedRecords> {
  const dir = cacheDir(size);
  const metaFile = join(dir, META_FILE);
  if (existsSync(metaFile)) return { dir, meta: JSON.parse(readFileSync(metaFile, 'utf8')) as RecordsMeta, generated: false };
  // Written beside the final folder and renamed when complete, so an interrupted run leaves no half database.
  const building = `${dir}.building-${process.pid}`;
  rmSync(building, { recursive: true, force: true });
  log(`Generating ${size.sessions} sessions with ${size.readings} readings into ${dir} ...`);
  try {
    const meta = await generateRecords(building, size, log);
    writeFileSync(join(building, META_FILE), `${JSON.stringify(meta, null, 2)}\n`);
    // Another run may have finished the same records meanwhile: theirs are the same rows.
    if (existsSync(metaFile)) {
      rmSync(building, { recursive: true, force: true });
      return { dir, meta: JSON.parse(readFileSync(metaFile, 'utf8')) as RecordsMeta, generated: false };
    }
    rmSync(dir, { recursive: true, force: true });
    renameSync(building, dir);
    return { dir, meta, generated: true };
  } catch (e) {
    rmSync(building, { recursive: true, force: true });
    throw e;
  }
}

/** A copy of the cached records in a temporary folder, for a station to open and write to. */
export function workingCopy(records: CachedRecords): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'bench-records-'));
  cpSync(records.dir, dir, { recursive: true, filter: (src) => !src.endsWith(META_FILE) });
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
