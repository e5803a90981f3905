// The users table: who may act at the station, with a PIN hash and the count of wrong tries.
// Times are ISO 8601 UTC strings, so comparing them as text compares them as times.
import type { UserRole } from '../../../shared/domain/users';
import type { Db } from '../db/open-database';

export interface UserRow {
  id: string;
  name: string;
  role: UserRole;
  pinHash: string;
  createdAt: string;
  createdBy: string | null;
  failedAttempts: number;
  lockedUntil: string | null;
}

interface StoredRow {
  id: string;
  name: string;
  role: UserRole;
  pin_hash: string;
  created_at: string;
  created_by: string | null;
  failed_attempts: number;
  locked_until: string | null;
}

function toRow(r: StoredRow): UserRow {
  return {
    id: r.id,
    name: r.name,
    role: r.role,
    pinHash: r.pin_hash,
    createdAt: r.created_at,
    createdBy: r.created_by,
    failedAttempts: r.failed_attempts,
    lockedUntil: r.locked_until,
  };
}

export class UserRepository {
  constructor(private readonly db: Db) {}

  count(): number {
    return (this.db.prepare('SELECT COUNT(*) AS n FROM users').get() as { n: number }).n;
  }

  all(): UserRow[] {
    return (this.db.prepare('SELECT * FROM users ORDER BY name COLLATE NOCASE').all() as StoredRow[]).map(toRow);
  }

  byId(id: string): UserRow | undefined {
    const r = this.db.prepare('SELECT * FROM users WHERE id = ?').get(id) as StoredRow | undefined;
    return r && toRow(r);
  }

  insert(user: Omit<UserRow, 'failedAttempts' | 'lockedUntil'>): void {
    this.db
      .prepare('INSERT INTO users (id, name, role, pin_hash, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?)')
      .run(user.id, user.name, user.role, user.pinHash, user.createdAt, user.createdBy);
  }

  /** Runs `work` holding the write lock, so a check and the write that depends on it cannot be split
   *  by another station process on the same file. */
  exclusive<T>(work: () => T): T {
    return this.db.transaction(work).immediate();
  }

  /** A lock that has run out is forgotten with its count: the user starts again with every try. */
  clearExpiredLock(id: string, nowIso: string): void {
    this.db
      .prepare('UPDATE users SET failed_attempts = 0, locked_until = NULL WHERE id = ? AND locked_until IS NOT NULL AND locked_until <= ?')
      .run(id, nowIso);
  }

  /** Counts one wrong PIN in a single statement (no lost count when two screens try at once) and
   *  locks the user once the count reaches `maxAttempts`. Returns the new count and lock. */
  recordWrongPin(id: string, maxAttempts: number, lockUntilIso: string): { failedAttempts: number; lockedUntil: string | null } {
    return this.exclusive(() => {
      const { failed_attempts } = this.db
        .prepare('UPDATE users SET failed_attempts = failed_attempts + 1 WHERE id = ? RETURNING failed_attempts')
        .get(id) as { failed_attempts: number };
      if (failed_attempts < maxAttempts) return { failedAttempts: failed_attempts, lockedUntil: null };
      this.db.prepare('UPDATE users SET locked_until = ? WHERE id = ?').run(lockUntilIso, id);
      return { failedAttempts: failed_attempts, lockedUntil: lockUntilIso };
    });
  }

  resetFailures(id: string): void {
    this.db.prepare('UPDATE users SET failed_attempts = 0, locked_until = NULL WHERE id = ? AND (failed_attempts <> 0 OR locked_until IS NOT NULL)').run(id);
  }
}
