// Reads and appends the clinical record in SQLite. Only INSERT and SELECT: the schema's triggers
// refuse UPDATE and DELETE on these tables.
import type { Db } from '../db/open-database';
import type { Closure, Entry, EntryBody, SessionRecord } from '../../../shared/domain/records';
import type { Protocol } from '../../../shared/domain/protocols';

interface SessionRow {
  id: string;
  chair_id: string;
  chair_name: string;
  patient_clinic_id: string;
  patient_name: string;
  patient_birth_date: string | null;
  protocol_json: string;
  checked_in_at: string;
  checked_in_by: string;
}

interface EntryRow {
  id: number;
  session_id: string;
  at: string;
  recorded_at: string;
  by: string;
  body_json: string;
}

interface ClosureRow {
  override_json: string | null;
  signed_off_user_id: string | null;
  signed_off_name: string | null;
  session_id: string;
  kind: 'discharged' | 'cancelled';
  at: string;
  by: string;
  clinician: string | null;
  note: string | null;
}

export interface StoredSession {
  record: SessionRecord;
  chairName: string;
}

function toSession(row: SessionRow): StoredSession {
  return {
    chairName: row.chair_name,
    record: {
      id: row.id,
      chairId: row.chair_id,
      patient: { clinicId: row.patient_clinic_id, name: row.patient_name, birthDate: row.patient_birth_date },
      protocol: JSON.parse(row.protocol_json) as Protocol,
      checkedInAt: row.checked_in_at,
      checkedInBy: row.checked_in_by,
    },
  };
}

function toEntry(row: EntryRow): Entry {
  return {
    id: row.id,
    sessionId: row.session_id,
    at: row.at,
    recordedAt: row.recorded_at,
    by: row.by,
    body: JSON.parse(row.body_json) as EntryBody,
  };
}

function toClosure(row: ClosureRow): Closure {
  return {
    sessionId: row.session_id,
    kind: row.kind,
    at: row.at,
    by: row.by,
    clinician: row.clinician,
    note: row.note,
    override: row.override_json ? (JSON.parse(row.override_json) as Closure['override']) : null,
    signedOffBy: row.signed_off_user_id && row.signed_off_name ? { userId: row.signed_off_user_id, name: row.signed_off_name } : null,
  };
}

/** Which closed sessions to list; dates are already turned into UTC instants by the caller. */
export interface HistoryQuery {
  patientClinicId?: string;
  patientName?: string;
  checkedInFrom?: string;
  checkedInBefore?: string;
  protocolId?: string;
  limit: number;
}

type ClosedRow = SessionRow & { [K in keyof ClosureRow as `c_${K}`]: ClosureRow[K] };

const CLOSED_SESSION_COLUMNS = `s.*, c.session_id AS c_session_id, c.kind AS c_kind, c.at AS c_at, c.by AS c_by,
  c.clinician AS c_clinician, c.note AS c_note, c.override_json AS c_override_json,
  c.signed_off_user_id AS c_signed_off_user_id, c.signed_off_name AS c_signed_off_name`;

function toClosedSession(row: ClosedRow): StoredSession & { closure: Closure } {
  return {
    ...toSession(row),
    closure: toClosure({
      session_id: row.c_session_id,
      kind: row.c_kind,
      at: row.c_at,
      by: row.c_by,
      clinician: row.c_clinician,
      note: row.c_note,
      override_json: row.c_override_json,
      signed_off_user_id: row.c_signed_off_user_id,
      signed_off_name: row.c_signed_off_name,
    }),
  };
}

// CROSS JOIN fixes the join order: start from the few open rows, never walk five years of history
// (SQLite has no table sizes to go by, and would otherwise start from the big table).
export const OPEN_SESSIONS_SQL = `SELECT s.* FROM open_sessions o CROSS JOIN sessions s ON s.id = o.session_id ORDER BY s.checked_in_at`;
export const REMS_FORMS_OUTSTANDING_SQL = `SELECT ${CLOSED_SESSION_COLUMNS}
  FROM rems_forms_outstanding r CROSS JOIN closures c ON c.session_id = r.session_id CROSS JOIN sessions s ON s.id = r.session_id
  ORDER BY c.at`;

/** LIKE with the user's text taken literally (a % or _ in a name is a character, not a wildcard). */
function likeContaining(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

export class SessionRepository {
  private readonly stmts;

  constructor(private readonly db: Db) {
    this.stmts = {
      insertSession: db.prepare(
        `INSERT INTO sessions (id, chair_id, chair_name, patient_clinic_id, patient_name, patient_birth_date,
           protocol_id, protocol_json, checked_in_at, checked_in_by)
         VALUES (@id, @chairId, @chairName, @clinicId, @name, @birthDate, @protocolId, @protocolJson, @checkedInAt, @checkedInBy)`,
      ),
      insertEntry: db.prepare(
        `INSERT INTO entries (session_id, kind, at, recorded_at, by, body_json)
         VALUES (@sessionId, @kind, @at, @recordedAt, @by, @bodyJson)`,
      ),
      insertClosure: db.prepare(
        `INSERT INTO closures (session_id, kind, at, by, clinician, note, override_json, signed_off_user_id, signed_off_name)
         VALUES (@sessionId, @kind, @at, @by, @clinician, @note, @overrideJson, @signedOffUserId, @signedOffName)`,
      ),
      session: db.prepare<[string], SessionRow>('SELECT * FROM sessions WHERE id = ?'),
      entries: db.prepare<[string], EntryRow>('SELECT * FROM entries WHERE session_id = ? ORDER BY id'),
      closure: db.prepare<[string], ClosureRow>('SELECT * FROM closures WHERE session_id = ?'),
      active: db.prepare<[], SessionRow>(
        OPEN_SESSIONS_SQL,
      ),
      remsFormsOutstanding: db.prepare<[], ClosedRow>(REMS_FORMS_OUTSTANDING_SQL),
      dischargedCheckedInBetween: db.prepare<[string, string], ClosedRow>(
        `SELECT ${CLOSED_SESSION_COLUMNS}
         FROM sessions s JOIN closures c ON c.session_id = s.id
         WHERE s.checked_in_at >= ? AND s.checked_in_at < ? AND c.kind = 'discharged'
         ORDER BY s.checked_in_at`,
      ),
    };
  }

  /** Runs fn in one write transaction: everything in it is committed together, or nothing is. */
  inTransaction<T>(fn: () => T): T {
    return this.db.transaction(fn).immediate();
  }

  insertSession(s: StoredSession): void {
    const r = s.record;
    this.stmts.insertSession.run({
      id: r.id,
      chairId: r.chairId,
      chairName: s.chairName,
      clinicId: r.patient.clinicId,
      name: r.patient.name,
      birthDate: r.patient.birthDate,
      protocolId: r.protocol.id,
      protocolJson: JSON.stringify(r.protocol),
      checkedInAt: r.checkedInAt,
      checkedInBy: r.checkedInBy,
    });
  }

  appendEntry(e: Omit<Entry, 'id'>): number {
    const info = this.stmts.insertEntry.run({
      sessionId: e.sessionId,
      kind: e.body.kind,
      at: e.at,
      recordedAt: e.recordedAt,
      by: e.by,
      bodyJson: JSON.stringify(e.body),
    });
    return Number(info.lastInsertRowid);
  }

  close(c: Closure): void {
    this.stmts.insertClosure.run({
      signedOffUserId: c.signedOffBy?.userId ?? null,
      signedOffName: c.signedOffBy?.name ?? null,
      sessionId: c.sessionId,
      kind: c.kind,
      at: c.at,
      by: c.by,
      clinician: c.clinician,
      note: c.note,
      overrideJson: c.override ? JSON.stringify(c.override) : null,
    });
  }

  session(id: string): StoredSession | null {
    const row = this.stmts.session.get(id);
    return row ? toSession(row) : null;
  }

  entries(sessionId: string): Entry[] {
    return this.stmts.entries.all(sessionId).map(toEntry);
  }

  closure(sessionId: string): Closure | null {
    const row = this.stmts.closure.get(sessionId);
    return row ? toClosure(row) : null;
  }

  /** Sessions without a closure: the patients in chairs now. */
  activeSessions(): StoredSession[] {
    return this.stmts.active.all().map(toSession);
  }

  /** Closed sessions, newest check-in first. Each filter uses an index where one fits (patient ID, check-in time). */
  history(q: HistoryQuery): Array<StoredSession & { closure: Closure }> {
    const where: string[] = [];
    const params: Array<string | number> = [];
    const filter = (clause: string, value: string | undefined) => {
      if (value === undefined) return;
      where.push(clause);
      params.push(value);
    };
    filter('s.patient_clinic_id = ?', q.patientClinicId);
    filter('s.checked_in_at >= ?', q.checkedInFrom);
    filter('s.checked_in_at < ?', q.checkedInBefore);
    filter('s.protocol_id = ?', q.protocolId);
    filter("s.patient_name LIKE ? ESCAPE '\\'", q.patientName === undefined ? undefined : likeContaining(q.patientName));
    const sql = `SELECT ${CLOSED_SESSION_COLUMNS}
      FROM sessions s JOIN closures c ON c.session_id = s.id
      ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
      ORDER BY s.checked_in_at DESC LIMIT ?`;
    return this.db.prepare<Array<string | number>, ClosedRow>(sql).all(...params, q.limit).map(toClosedSession);
  }

  /** Discharged sessions under the REMS with no form marked submitted, oldest discharge first. */
  remsFormsOutstanding(): Array<StoredSession & { closure: Closure }> {
    return this.stmts.remsFormsOutstanding.all().map(toClosedSession);
  }

  dischargedCheckedInBetween(fromIso: string, beforeIso: string): Array<StoredSession & { closure: Closure }> {
    return this.stmts.dischargedCheckedInBetween.all(fromIso, beforeIso).map(toClosedSession);
  }
}
