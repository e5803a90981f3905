// Appends and checks the station's audit trail (who did what, when, to which record) in SQLite.
import type { Db } from '../db/open-database';
import type { Clock } from '../clock';
import { auditHash, checkChain, GENESIS_HASH, type AuditRow, type ChainCheck } from './audit-chain';

interface AuditDbRow {
  id: number;
  at: string;
  user: string;
  action: string;
  entity: string;
  summary: string;
  prev_hash: string;
  hash: string;
}

const toRow = (r: AuditDbRow): AuditRow => ({ id: r.id, at: r.at, user: r.user, action: r.action, entity: r.entity, summary: r.summary, prevHash: r.prev_hash, hash: r.hash });

export class AuditLog {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
  ) {}

  append(entry: { user: string; action: string; entity: string; summary: string }): void {
    // Immediate: two station processes on one file must not both chain onto the same last row.
    this.db
      .transaction(() => {
        const last = this.db.prepare<[], { id: number; hash: string }>('SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1').get();
        const fields = { id: (last?.id ?? 0) + 1, at: new Date(this.clock.now()).toISOString(), ...entry };
        const prevHash = last?.hash ?? GENESIS_HASH;
        this.db
          .prepare('INSERT INTO audit_log (id, at, user, action, entity, summary, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
          .run(fields.id, fields.at, fields.user, fields.action, fields.entity, fields.summary, prevHash, auditHash(prevHash, fields));
      })
      .immediate();
  }

  verify(): ChainCheck {
    const rows = this.db.prepare<[], AuditDbRow>('SELECT * FROM audit_log ORDER BY id').iterate();
    // Streamed row by row: the trail grows for years and need not fit in memory.
    return checkChain((function* () {
      for (const r of rows) yield toRow(r);
    })());
  }
}
