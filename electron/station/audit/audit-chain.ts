// The audit trail is a hash chain: each row's hash covers its own fields and the previous row's
// hash, so a row edited, removed or inserted outside the station breaks the chain from that row on.
import { createHash } from 'node:crypto';

export interface AuditFields {
  id: number;
  at: string;
  user: string;
  action: string;
  entity: string;
  summary: string;
}

export interface AuditRow extends AuditFields {
  prevHash: string;
  hash: string;
}

/** The hash before the first row. */
export const GENESIS_HASH = '0'.repeat(64);

export function auditHash(prevHash: string, f: AuditFields): string {
  // A JSON array keeps field boundaries unambiguous (no "a|b" + "c" = "a" + "b|c").
  const canonical = JSON.stringify([prevHash, f.id, f.at, f.user, f.action, f.entity, f.summary]);
  return createHash('sha256').update(canonical, 'utf8').digest('hex');
}

export type ChainCheck =
  | { ok: true; rows: number }
  | { ok: false; rows: number; firstBroken: { id: number; at: string; reason: string } };

/** Walks the rows in id order and names the first one that does not follow from the one before. */
export function checkChain(rows: Iterable<AuditRow>): ChainCheck {
  let prev = GENESIS_HASH;
  let expectedId: number | null = null;
  let count = 0;
  for (const row of rows) {
    count += 1;
    const broken = (reason: string): ChainCheck => ({ ok: false, rows: count, firstBroken: { id: row.id, at: row.at, reason } });
    if (expectedId !== null && row.id !== expectedId) return broken(`row ${expectedId} is missing`);
    if (row.prevHash !== prev) return broken('it does not follow the row before it');
    if (auditHash(prev, row) !== row.hash) return broken('its contents were changed after it was written');
    prev = row.hash;
    expectedId = row.id + 1;
  }
  return { ok: true, rows: count };
}
