// A backup of the records every day, without anyone remembering to make one. The station looks
// shortly after it starts, and then every quarter of an hour, whether today (station-local date,
// by the station's clock) already has a backup in the folder, and makes one if not. Looking instead
// of timing one run a day means a PC that was off at night, asleep, or had its clock moved still
// gets its backup that day, and a failed backup is tried again at the next look.
// Outcomes go to the callbacks; nothing here throws into the station.
import type { Clock } from '../clock';
import type { Db } from '../db/open-database';
import { backupNow, DEFAULT_BACKUPS_KEPT, hasBackupOn } from './database-backup';

export interface DailyBackupsOptions {
  /** How many of the newest backups stay in the folder. */
  keep?: number;
  /** How long after start() the first look is, so a backup does not slow the station's start. */
  firstLookMs?: number;
  /** How often it looks again. */
  lookEveryMs?: number;
  onDone?: (file: string) => void;
  onFailed?: (message: string) => void;
}

export const FIRST_LOOK_MS = 60_000;
export const LOOK_EVERY_MS = 15 * 60_000;

export class DailyBackups {
  private readonly keep: number;
  private readonly firstLookMs: number;
  private readonly lookEveryMs: number;
  private readonly onDone: (file: string) => void;
  private readonly onFailed: (message: string) => void;
  private timers: Array<ReturnType<typeof setTimeout>> = [];
  private running: Promise<string | null> | null = null;

  constructor(
    private readonly db: Db,
    private readonly folder: string,
    private readonly clock: Clock,
    options: DailyBackupsOptions = {},
  ) {
    this.keep = options.keep ?? DEFAULT_BACKUPS_KEPT;
    this.firstLookMs = options.firstLookMs ?? FIRST_LOOK_MS;
    this.lookEveryMs = options.lookEveryMs ?? LOOK_EVERY_MS;
    this.onDone = options.onDone ?? (() => {});
    this.onFailed = options.onFailed ?? (() => {});
  }

  /** A backup is being made now. */
  get busy(): boolean {
    return this.running !== null;
  }

  start(): void {
    if (this.timers.length > 0) return;
    const look = () => void this.backUpIfNoneToday();
    // unref: a backup schedule alone never keeps the process running.
    this.timers.push(setTimeout(look, this.firstLookMs).unref(), setInterval(look, this.lookEveryMs).unref());
  }

  /** Stops looking; resolves once a backup under way has finished. Call it before closing the database. */
  async stop(): Promise<void> {
    for (const t of this.timers) clearTimeout(t);
    this.timers = [];
    await this.running;
  }

  /** Makes today's backup unless there is one; resolves to its path, or null (none needed, or it failed). */
  backUpIfNoneToday(): Promise<string | null> {
    if (this.running) return this.running;
    try {
      if (hasBackupOn(this.folder, this.clock.now())) return Promise.resolve(null);
    } catch (e) {
      this.onFailed(`Could not look for today's backup in ${this.folder}: ${(e as Error).message}`);
      return Promise.resolve(null);
    }
    return this.backUpNow();
  }

  /** Makes a backup now, whatever the day already has; resolves to its path, or null when it failed. */
  backUpNow(): Promise<string | null> {
    if (this.running) return this.running;
    const run = (async () => {
      try {
        const file = await backupNow(this.db, this.folder, this.clock, this.keep);
        this.report(() => this.onDone(file));
        return file;
      } catch (e) {
        this.report(() => this.onFailed((e as Error).message));
        return null;
      } finally {
        this.running = null;
      }
    })();
    this.running = run;
    return run;
  }

  private report(callback: () => void): void {
    try {
      callback();
    } catch {
      // A failing logger must not turn into an unhandled rejection in the station's process.
    }
  }
}
