// Numbered schema migrations. A migration is never edited once shipped: add the next number.
// The triggers make the clinical tables append-only at the database itself: a correction is a new row.

export interface Migration {
  version: number;
  description: string;
  sql: string;
}

function appendOnly(table: string): string {
  return `
    CREATE TRIGGER ${table}_no_update BEFORE UPDATE ON ${table}
      BEGIN SELECT RAISE(ABORT, 'clinical records are never changed in place'); END;
    CREATE TRIGGER ${table}_no_delete BEFORE DELETE ON ${table}
      BEGIN SELECT RAISE(ABORT, 'clinical records are never deleted'); END;`;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: 'sessions, entries and closures',
    sql: `
      CREATE TABLE sessions (
        id TEXT PRIMARY KEY,
        chair_id TEXT NOT NULL,
        chair_name TEXT NOT NULL,
        patient_clinic_id TEXT NOT NULL,
        patient_name TEXT NOT NULL,
        patient_birth_date TEXT,
        protocol_id TEXT NOT NULL,
        protocol_json TEXT NOT NULL,
        checked_in_at TEXT NOT NULL,
        checked_in_by TEXT NOT NULL
      );
      CREATE INDEX sessions_by_patient ON sessions (patient_clinic_id, checked_in_at);
      CREATE INDEX sessions_by_check_in ON sessions (checked_in_at);

      CREATE TABLE entries (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        session_id TEXT NOT NULL REFERENCES sessions (id),
        kind TEXT NOT NULL,
        at TEXT NOT NULL,
        recorded_at TEXT NOT NULL,
        by TEXT NOT NULL,
        body_json TEXT NOT NULL
      );
      CREATE INDEX entries_by_session ON entries (session_id, id);

      CREATE TABLE closures (
        session_id TEXT PRIMARY KEY REFERENCES sessions (id),
        kind TEXT NOT NULL CHECK (kind IN ('discharged', 'cancelled')),
        at TEXT NOT NULL,
        by TEXT NOT NULL,
        clinician TEXT,
        note TEXT
      );
      CREATE INDEX closures_by_time ON closures (at);
      ${appendOnly('sessions')}
      ${appendOnly('entries')}
      ${appendOnly('closures')}
    `,
  },
  {
    version: 2,
    description: 'alarm events',
    sql: `
      CREATE TABLE alarm_events (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        alarm_id TEXT NOT NULL,
        session_id TEXT NOT NULL REFERENCES sessions (id),
        condition_key TEXT NOT NULL,
        category TEXT NOT NULL,
        event TEXT NOT NULL CHECK (event IN ('raised', 'changed', 're-raised', 'acknowledged', 'resolved')),
        priority TEXT NOT NULL CHECK (priority IN ('high', 'medium', 'low')),
        message TEXT NOT NULL,
        severity REAL NOT NULL,
        at TEXT NOT NULL,
        by TEXT
      );
      CREATE INDEX alarm_events_by_session ON alarm_events (session_id, id);
      CREATE INDEX alarm_events_by_alarm ON alarm_events (alarm_id, id);
      ${appendOnly('alarm_events')}
    `,
  },
  {
    version: 3,
    description: 'discharge overrides',
    sql: `ALTER TABLE closures ADD COLUMN override_json TEXT;`,
  },
  {
    version: 4,
    description: 'users with roles and PIN hashes',
    // Not clinical: a user's failed tries and lock change in place, so no append-only triggers.
    // NOCASE makes "dr lin" and "Dr Lin" the same name (ASCII only; the directory compares the rest).
    sql: `
      CREATE TABLE users (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL UNIQUE COLLATE NOCASE,
        role TEXT NOT NULL CHECK (role IN ('nurse', 'clinician', 'admin')),
        pin_hash TEXT NOT NULL,
        created_at TEXT NOT NULL,
        created_by TEXT REFERENCES users (id),
        failed_attempts INTEGER NOT NULL DEFAULT 0,
        locked_until TEXT
      );
    `,
  },
  {
    version: 5,
    description: 'discharge sign-off by a clinician account; lookups for the REMS forms due',
    sql: `
      ALTER TABLE closures ADD COLUMN signed_off_user_id TEXT;
      ALTER TABLE closures ADD COLUMN signed_off_name TEXT;
      CREATE INDEX entries_by_kind ON entries (kind, session_id);
    `,
  },
  {
    version: 6,
    description: 'the audit trail, chained by hash',
    sql: `
      CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        user TEXT NOT NULL,
        action TEXT NOT NULL,
        entity TEXT NOT NULL,
        summary TEXT NOT NULL,
        prev_hash TEXT NOT NULL,
        hash TEXT NOT NULL
      );
      ${appendOnly('audit_log')}
    `,
  },
  {
    version: 7,
    description: 'versioned protocols',
    sql: `
      CREATE TABLE protocol_versions (
        id TEXT NOT NULL,
        version INTEGER NOT NULL,
        protocol_json TEXT NOT NULL,
        retired INTEGER NOT NULL CHECK (retired IN (0, 1)),
        saved_at TEXT NOT NULL,
        saved_by TEXT NOT NULL,
        PRIMARY KEY (id, version)
      );
      ${appendOnly('protocol_versions')}
    `,
  },
  {
    version: 8,
    description: 'indexes of the open sessions and the REMS forms outstanding',
    // Five years of records must not slow the board: these small tables hold only what is open now,
    // kept by triggers in the same transaction as the clinical rows, so no code path can forget them.
    // They are derived indexes, not records: rows leave them when a session closes or a form is sent.
    sql: `
      CREATE TABLE open_sessions (session_id TEXT PRIMARY KEY REFERENCES sessions (id));
      INSERT INTO open_sessions
        SELECT s.id FROM sessions s LEFT JOIN closures c ON c.session_id = s.id WHERE c.session_id IS NULL;
      CREATE TRIGGER sessions_opened AFTER INSERT ON sessions
        BEGIN INSERT INTO open_sessions (session_id) VALUES (NEW.id); END;
      CREATE TRIGGER sessions_closed AFTER INSERT ON closures
        BEGIN DELETE FROM open_sessions WHERE session_id = NEW.session_id; END;

      CREATE TABLE rems_forms_outstanding (session_id TEXT PRIMARY KEY REFERENCES sessions (id));
      INSERT INTO rems_forms_outstanding
        SELECT c.session_id FROM closures c JOIN sessions s ON s.id = c.session_id
        WHERE c.kind = 'discharged'
          AND COALESCE(json_extract(s.protocol_json, '$.remsApplies'), json_extract(s.protocol_json, '$.drug') = 'esketamine')
          AND NOT EXISTS (SELECT 1 FROM entries e WHERE e.kind = 'rems-form-submitted' AND e.session_id = c.session_id);
      CREATE TRIGGER rems_form_due AFTER INSERT ON closures WHEN NEW.kind = 'discharged'
        BEGIN
          INSERT INTO rems_forms_outstanding (session_id)
            SELECT s.id FROM sessions s
            WHERE s.id = NEW.session_id
              AND COALESCE(json_extract(s.protocol_json, '$.remsApplies'), json_extract(s.protocol_json, '$.drug') = 'esketamine')
              AND NOT EXISTS (SELECT 1 FROM entries e WHERE e.kind = 'rems-form-submitted' AND e.session_id = NEW.session_id);
        END;
      CREATE TRIGGER rems_form_sent AFTER INSERT ON entries WHEN NEW.kind = 'rems-form-submitted'
        BEGIN DELETE FROM rems_forms_outstanding WHERE session_id = NEW.session_id; END;
    `,
  },
];
