// What the audit trail says of one request: who, what, which record, and a short before/after. PINs
// never reach it. Reads are not audited, except exports: a record leaving the station is worth a row.
import type { RequestName } from '../../../shared/api/contract';

const NOT_AUDITED: ReadonlySet<RequestName> = new Set<RequestName>([
  'board.get',
  'protocols.list',
  'protocols.all',
  'settings.get',
  'settings.export',
  'session.get',
  'history.list',
  'rems.formsDue',
  'reports.chairTime',
  'devices.list',
  'devices.ports',
  'users.status',
  'users.signOut',
  'audit.verify',
]);

const SUMMARY_MAX = 2000;

export function isAudited(method: RequestName): boolean {
  return !NOT_AUDITED.has(method);
}

/** The input without secrets and without what the row says elsewhere (who, which session). */
function redacted(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(redacted);
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    if (k === 'pin') out[k] = '[hidden]';
    else if (k !== 'by' && k !== 'sessionId') out[k] = redacted(v);
  }
  return out;
}

/** The few facts of a result worth keeping: a session's phase and closure, a count, an id. */
function digest(result: unknown): unknown {
  if (typeof result !== 'object' || result === null) return result ?? null;
  const r = result as Record<string, unknown>;
  if (typeof r.phase === 'string') {
    const closure = r.closure as { kind?: string } | null | undefined;
    return { phase: r.phase, closure: closure?.kind ?? null, entries: Array.isArray(r.entries) ? r.entries.length : null };
  }
  if (typeof r.fileName === 'string') return { file: r.fileName };
  return null;
}

export function entityOf(input: Record<string, unknown>, result: unknown): string {
  // A check-in names its chair but makes a session: the session is what the row is about.
  const sessionId = input.sessionId ?? (result as { sessionId?: unknown } | null)?.sessionId;
  if (typeof sessionId === 'string') return `session:${sessionId}`;
  for (const key of ['alarmId', 'deviceId', 'chairId'] as const) {
    if (typeof input[key] === 'string') return `${key.replace(/Id$/, '')}:${input[key] as string}`;
  }
  return 'station';
}

export function auditSummary(input: unknown, before: unknown, result: unknown): string {
  const text = JSON.stringify({ input: redacted(input), before: before ?? null, after: digest(result) });
  return text.length <= SUMMARY_MAX ? text : `${text.slice(0, SUMMARY_MAX - 1)}…`;
}
