// Writes five years of a clinic's records straight into a station database: the schema is made by
// the station's own openDatabase (its migrations), the people, chairs and protocols through the
// core's requests, and then the sessions as SQL rows, one transaction per batch of sessions.
// Deterministic for a size (seeded), so the cache (records-cache.ts) can keep it between runs.
import { openDatabase, type Db } from '../../electron/station/db/open-database';
import type { Protocol } from '../../shared/domain/protocols';
import { BenchClock } from '../support/bench-clock';
import { BENCH_ADMIN, BENCH_NURSE } from '../support/bench-people';
import { openInProcessStation, setUpInProcessPeople } from '../support/in-process-station';
import { coreRequests } from '../support/station-requests';
import { SeededRandom } from './seeded-random';
import { SESSION_LENGTH_MIN, sessionRows, type SessionPlan, type SessionRows } from './session-rows';

const ADMIN_BY = BENCH_ADMIN;
const BY = BENCH_NURSE;
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const YEARS = 5;
/** The last day of the records: fixed, so a given size always makes the same file. */
const LAST_DAY = Date.parse('2026-03-02T00:00:00.000Z');
const CHAIRS = 12;
const SLOT_MIN = 150;
const FIRST_CHECK_IN_MIN = 7 * 60;
const SESSIONS_PER_PATIENT = 50;
const BATCH_SESSIONS = 1000;
/** How often each built-in protocol is used, in percent. */
const PROTOCOL_MIX: ReadonlyArray<[string, number]> = [
  ['spravato-56', 40],
  ['spravato-84', 30],
  ['ketamine-im', 15],
  ['ketamine-iv', 10],
  ['ketamine-sl', 5],
];
const SAMPLES = 20;

export interface RecordsSize {
  sessions: number;
  readings: number;
}

export interface RecordsMeta {
  size: RecordsSize;
  generatedAt: string;
  generationMs: number;
  /** The station clock at the end of the records (ms): the benchmark's cores run at this time. */
  now: number;
  counts: { sessions: number; openSessions: number; closures: number; entries: number; readings: number; alarmEvents: number; patients: number };
  samples: {
    patientClinicIds: string[];
    /** Closed sessions from the first four years. */
    oldSessionIds: string[];
    /** Seven-day ranges of station dates (inclusive), anywhere in the five years. */
    dateRanges: Array<{ from: string; to: string }>;
  };
}

interface StationFacts {
  protocols: Protocol[];
  chairNames: string[];
  clinician: { userId: string; name: string };
}

/** People, 12 chairs and the built-in protocols, made by the core as a clinic's admin would. */
async function setUpStation(dir: string, now: number): Promise<StationFacts> {
  const core = openInProcessStation(dir, new BenchClock(now));
  try {
    const station = coreRequests(core);
    const people = setUpInProcessPeople(core);
    const settings = await station.request('settings.setChairCount', { count: CHAIRS, by: ADMIN_BY });
    const protocols = (await station.request('protocols.all', {})).map((p) => p.protocol);
    return { protocols, chairNames: settings.chairs.map((c) => c.name), clinician: people.clinician };
  } finally {
    core.close();
  }
}

function checkInTime(dayIndex: number, inDay: number, firstDay: number): number {
  const slot = Math.floor(inDay / CHAIRS);
  const chair = inDay % CHAIRS;
  return firstDay + dayIndex * DAY + (FIRST_CHECK_IN_MIN + slot * SLOT_MIN + chair * 4) * MINUTE;
}

function insertStatements(db: Db) {
  return {
    session: db.prepare(
      `INSERT INTO sessions (id, chair_id, chair_name, patient_clinic_id, patient_name, patient_birth_date, protocol_id, protocol_json, checked_in_at, checked_in_by)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    entry: db.prepare('INSERT INTO entries (id, session_id, kind, at, recorded_at, by, body_json) VALUES (?, ?, ?, ?, ?, ?, ?)'),
    closure: db.prepare(
      `INSERT INTO closures (session_id, kind, at, by, clinician, note, override_json, signed_off_user_id, signed_off_name)
       VALUES (?, ?, ?, ?, ?, ?, NULL, ?, ?)`,
    ),
    alarmEvent: db.prepare(
      `INSERT INTO alarm_events (alarm_id, session_id, condition_key, category, event, priority, message, severity, at, by)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
  };
}

export async function generateRecords(dir: string, size: RecordsSize, log: (line: string) => void = () => {}): Promise<RecordsMeta> {
  const started = Date.now();
  const totalDays = YEARS * 365 + 1;
  const firstDay = LAST_DAY - (totalDays - 1) * DAY;
  const dayOf = (n: number) => Math.floor((n * totalDays) / size.sessions);
  const inDayOf = (n: number) => n - Math.ceil((dayOf(n) * size.sessions) / totalDays);
  const lastCheckIn = checkInTime(dayOf(size.sessions - 1), inDayOf(size.sessions - 1), firstDay);
  // Half an hour after the last check-in: the sessions of the last two hours or so are still open.
  const now = lastCheckIn + 30 * MINUTE;

  const facts = await setUpStation(dir, now);
  const protocolById = new Map(facts.protocols.map((p) => [p.id, { protocol: p, json: JSON.stringify(p) }]));
  const random = new SeededRandom(size.sessions * 7919 + size.readings);
  const patients = Math.max(20, Math.round(size.sessions / SESSIONS_PER_PATIENT));
  const readingsPerSession = Math.max(3, Math.round(size.readings / size.sessions));
  const letters = 'ABCDEFGHJKLMNPRSTVW';
  const patientOf = (p: number) => ({
    clinicId: `P-${String(100000 + p)}`,
    name: `${letters[p % letters.length]}. ${letters[Math.floor(p / letters.length) % letters.length]}.`,
    birthDate: `19${50 + (p % 50)}-0${1 + (p % 9)}-1${p % 9}`,
  });
  const protocolOf = () => {
    let pick = random.int(1, 100);
    for (const [id, percent] of PROTOCOL_MIX) {
      if (pick <= percent) return protocolById.get(id)!;
      pick -= percent;
    }
    return protocolById.get(PROTOCOL_MIX[0][0])!;
  };

  const db = openDatabase(dir);
  // Only for writing the generated file: a power cut here costs a rerun, not a patient's record.
  db.pragma('synchronous = OFF');
  db.pragma('cache_size = -262144');
  const insert = insertStatements(db);
  let entryId = 0;
  const counts = { sessions: 0, openSessions: 0, closures: 0, entries: 0, readings: 0, alarmEvents: 0, patients };
  const oldCandidates: string[] = [];
  const ctx = {
    random,
    now,
    nextEntryId: () => ++entryId,
    clinician: facts.clinician,
    chairName: (i: number) => facts.chairNames[i],
  };

  const write = (plan: SessionPlan, rows: SessionRows) => {
    insert.session.run(plan.id, `chair-${plan.chairIndex + 1}`, facts.chairNames[plan.chairIndex], plan.patient.clinicId, plan.patient.name, plan.patient.birthDate, plan.protocol.id, plan.protocolJson, new Date(plan.checkedInAt).toISOString(), BY);
    for (const e of rows.entries) insert.entry.run(e.id, e.sessionId, e.kind, e.at, e.recordedAt, e.by, e.bodyJson);
    for (const a of rows.alarmEvents) insert.alarmEvent.run(a.alarmId, a.sessionId, a.conditionKey, a.category, a.event, a.priority, a.message, a.severity, a.at, a.by);
    const c = rows.closure;
    if (c) insert.closure.run(c.sessionId, c.kind, c.at, c.by, c.clinician, c.note, c.signedOffUserId, c.signedOffName);
    for (const e of rows.afterClosure) insert.entry.run(e.id, e.sessionId, e.kind, e.at, e.recordedAt, e.by, e.bodyJson);
    counts.sessions++;
    counts.entries += rows.entries.length + rows.afterClosure.length;
    counts.readings += rows.readings;
    counts.alarmEvents += rows.alarmEvents.length;
    if (c) counts.closures++;
    else counts.openSessions++;
  };

  // Readings a cancelled session did not have go to the next sessions, so the total is the size asked.
  let readingsOwed = 0;
  const writeBatch = db.transaction((from: number, to: number) => {
    for (let n = from; n < to; n++) {
      const cancelled = random.next() < 0.005;
      const quota = Math.floor((size.readings * (n + 1)) / size.sessions) - Math.floor((size.readings * n) / size.sessions) + readingsOwed;
      const readings = cancelled ? 1 : Math.max(3, Math.min(quota, 2 * readingsPerSession));
      readingsOwed = quota - readings;
      const { protocol, json } = protocolOf();
      const plan: SessionPlan = {
        id: random.uuid(),
        chairIndex: inDayOf(n) % CHAIRS,
        patient: patientOf(random.int(0, patients - 1)),
        protocol,
        protocolJson: json,
        checkedInAt: checkInTime(dayOf(n), inDayOf(n), firstDay),
        readings,
        cancelled,
        crisis: random.next() < 0.1,
        correction: random.next() < 0.05,
      };
      const rows = sessionRows(plan, ctx);
      write(plan, rows);
      if (rows.closure?.kind === 'discharged' && plan.checkedInAt + SESSION_LENGTH_MIN * MINUTE < now - 365 * DAY) oldCandidates.push(plan.id);
    }
  });
  try {
    for (let from = 0; from < size.sessions; from += BATCH_SESSIONS) {
      writeBatch(from, Math.min(size.sessions, from + BATCH_SESSIONS));
      if ((from / BATCH_SESSIONS) % 10 === 9) log(`  ${from + BATCH_SESSIONS} of ${size.sessions} sessions written (${((Date.now() - started) / 1000).toFixed(0)} s)`);
    }
    db.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    db.close();
  }

  const pick = <T>(from: T[]) => Array.from({ length: SAMPLES }, () => from[random.int(0, from.length - 1)]);
  const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  const dateRanges = Array.from({ length: SAMPLES }, () => {
    const start = firstDay + random.int(0, totalDays - 8) * DAY;
    return { from: day(start), to: day(start + 6 * DAY) };
  });
  return {
    size,
    generatedAt: new Date().toISOString(),
    generationMs: Date.now() - started,
    now,
    counts,
    samples: {
      patientClinicIds: pick(Array.from({ length: patients }, (_, p) => patientOf(p).clinicId)),
      oldSessionIds: pick(oldCandidates),
      dateRanges,
    },
  };
}
