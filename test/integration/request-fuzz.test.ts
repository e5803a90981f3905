// Whatever reaches the core's boundary, from a buggy screen or anything else that can talk to the
// transport: 10,000 random requests through core.handle on a real station and its SQLite file.
// The promise: handle never throws, always answers in the contract's shape with a message a person
// can read, never fails inside ("internal"), and what it stored is still sound and plausible.
// FUZZ_SEED=<seed> replays a run (the seed is printed).
import Database from 'better-sqlite3';
import fc from 'fast-check';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { DATABASE_FILE } from '../../electron/station/db/open-database';
import type { StationCore } from '../../electron/station/station-core';
import { REQUEST_NAMES } from '../../shared/api/request-names';
import type { ApiResponse } from '../../shared/api/contract';
import { RECOVERY_SCALES } from '../../shared/domain/recovery-scores';
import type { EntryBody } from '../../shared/domain/records';
import { BloodPressureSchema, DissociationSchema, MoaasSchema, Spo2Schema } from '../../shared/domain/vitals';
import { call, NURSE, readySpravatoPatient, stationPerTest, type FakeClock } from '../support/station';
import { setUpUsers, signIn, type TestUsers } from '../support/users';

const REQUESTS = 10_000;

/** Device requests may open or list serial ports; clock.advance is for the test clock only. */
const NOT_FUZZED = new Set<string>(['devices.list', 'devices.ports', 'devices.save', 'devices.remove', 'devices.measureNow', 'clock.advance']);
const FUZZED: string[] = REQUEST_NAMES.filter((m) => !NOT_FUZZED.has(m));

// PIN requests (users.setUp, users.add, users.signIn, sign-offs) stay in the random set: the test
// station hashes PINs at the lowest cost allowed (openTestStation), so they take milliseconds, not
// the 0.1 s a real station's scrypt takes.

const ERROR_CODES = new Set(['invalid-input', 'not-found', 'not-allowed', 'signed-out', 'unknown-request']);
const CONTROL = /\p{Cc}/u;

// ---- junk ----------------------------------------------------------------------------------

/** A very long string, made only when the request is sent so a failure report stays readable. */
class Huge {
  constructor(readonly length: number) {}
}

const nastyStrings = fc.constantFrom(
  '',
  ' ',
  '   padded   ',
  // Valid once trimmed: what is stored must be the trimmed name, never the raw one.
  '\tNurse Ana\n',
  ' Dr Clare Lin\r\n',
  '\u0000',
  'a\u0007b',
  'line\nbreak',
  '\r\n',
  '\t',
  '\u007f',
  '\u0085next line',
  '\u202eevil',
  '\u200b',
  '\ud800',
  '🩺💉',
  'e\u0301',
  '<script>alert(1)</script>',
  "'; DROP TABLE entries; --",
  '%_\\',
  '__proto__',
  'constructor',
  'NaN',
  '1e309',
  '-0',
  '0x10',
  '2026-02-30',
  '2026-03-02T25:00:00Z',
  '2026-03-02T09:30:00Z',
  '9999-12-31T23:59:59.999Z',
  '0000-01-01T00:00:00Z',
  '1900-01-01',
  '00000000-0000-0000-0000-000000000000',
  // Shaped like a sign-in token, but no one's.
  'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
  'chair-1',
  'spravato-56',
);
const nastyNumbers = fc.constantFrom(NaN, Infinity, -Infinity, -0, 0, 0.5, -1, 1e308, -1e308, 2 ** 31, Number.MAX_SAFE_INTEGER + 2, 2047, 238, 300, 301, 19, 5, 6);
const pollution = fc.constantFrom(
  () => JSON.parse('{"__proto__": {"polluted": "yes"}}') as unknown,
  () => JSON.parse('{"constructor": {"prototype": {"polluted": "yes"}}}') as unknown,
  () => JSON.parse('{"__proto__": null}') as unknown,
  () => Object.create(null) as unknown,
);
const junkLeaf = fc.oneof(
  nastyStrings,
  nastyNumbers,
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.double(),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.constantFrom(new Huge(100_000), new Huge(2_000_000)),
);
const junk: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: junkLeaf },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  { weight: 1, arbitrary: fc.anything({ maxDepth: 2, withNullPrototype: true, withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true, withSparseArray: true }) },
  { weight: 1, arbitrary: pollution.map((make) => make()) },
  { weight: 1, arbitrary: fc.array(junkLeaf, { maxLength: 5 }) },
);
const junkKey = fc.oneof(
  fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty', 'then', 'id', 'kind', 'body'),
  fc.string({ maxLength: 12 }),
);

/** Edits that turn a valid input into a nearly valid one: the kind a screen bug or a hand-made request makes. */
type Edit =
  | { op: 'set'; at: number; value: unknown }
  | { op: 'delete'; at: number }
  | { op: 'add'; at: number; key: string; value: unknown }
  | { op: 'wrap'; at: number; before: string; after: string };
/** Around a valid text: whitespace a trim removes, and characters it does not. */
const wrapping = fc.constantFrom('', ' ', '\t', '\n', '\r\n', '\u00a0', '\u0000', '\u001b[31m', '\u200b', '\u202e', '\ufeff');
const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ op: fc.constant('set' as const), at: fc.nat(), value: junk }),
  fc.record({ op: fc.constant('wrap' as const), at: fc.nat(), before: wrapping, after: wrapping }),
  fc.record({ op: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('add' as const), at: fc.nat(), key: junkKey, value: junk }),
);

const junkMethod = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.constantFrom('', '__proto__', 'constructor', 'toString', 'hasOwnProperty', 'Session.checkIn', 'session.checkin', 'session.', 'board.get ', 'board.get\u0000', '../board.get'),
);

type Recipe =
  | { kind: 'edited'; method: string; pick: number; edits: Edit[] }
  | { kind: 'junk-input'; method: string; input: unknown }
  | { kind: 'junk-method'; method: string; input: unknown };

const recipe: fc.Arbitrary<Recipe> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('edited' as const), method: fc.constantFrom(...FUZZED), pick: fc.nat(), edits: fc.array(edit, { maxLength: 3 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('junk-input' as const), method: fc.constantFrom(...FUZZED), input: junk }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('junk-method' as const), method: junkMethod, input: junk }) },
);

// ---- valid inputs to edit ------------------------------------------------------------------

/** Ids the station has handed out, so that edited requests reach real sessions, entries and alarms. */
class Seen {
  readonly sessions: string[] = [];
  readonly entries: number[] = [];
  readonly alarms: string[] = [];
  private readonly known = new Set<string>();

  take(value: unknown, depth = 0): void {
    if (depth > 6 || typeof value !== 'object' || value === null) return;
    if (Array.isArray(value)) return value.forEach((v) => this.take(v, depth + 1));
    const o = value as Record<string, unknown>;
    if (typeof o.sessionId === 'string') this.add(this.sessions, o.sessionId);
    if (typeof o.alarmId === 'string') this.add(this.alarms, o.alarmId);
    if (typeof o.id === 'number' && typeof o.body === 'object') this.add(this.entries, o.id);
    for (const v of Object.values(o)) this.take(v, depth + 1);
  }

  private add<T extends string | number>(list: T[], value: T): void {
    const key = `${typeof value}:${value}`;
    if (this.known.has(key)) return;
    this.known.add(key);
    list.push(value);
  }
}

function chooser(seen: Seen, pick: number) {
  const from = <T>(list: T[], otherwise: T): T => (list.length ? list[pick % list.length] : otherwise);
  return {
    sessionId: () => from(seen.sessions, '3b241101-e2bb-4255-8caf-4136c566a962'),
    entryId: () => from(seen.entries, 1),
    alarmId: () => from(seen.alarms, '6ec0bd7f-11c0-43da-975e-2a8ad9ebae0b'),
    of: <T>(options: readonly T[]) => options[pick % options.length],
  };
}

/** The sign-ins the station gave the screen: most requests come from the nurse, some from the admin. */
interface Tokens {
  nurse: string;
  admin: string;
}

function validInput(method: string, seen: Seen, pick: number, users: TestUsers, tokens: Tokens, now: number): Record<string, unknown> {
  const c = chooser(seen, pick);
  const by = pick % 3 === 0 ? tokens.admin : tokens.nurse;
  const sessionId = c.sessionId();
  const recentAt = new Date(now - (pick % 30) * 60_000).toISOString();
  const scale = c.of(['aldrete', 'padss'] as const);
  switch (method) {
    case 'settings.setRemsModule':
      return { enabled: pick % 2 === 0, by };
    case 'settings.setChairCount':
      return { count: 2 + (pick % 5), by };
    case 'session.checkIn':
      return {
        chairId: `chair-${1 + (pick % 4)}`,
        patient: { clinicId: `P-${pick % 50}`, name: 'F. Z.', birthDate: c.of(['1980-05-17', null]) },
        protocolId: c.of(['spravato-56', 'spravato-84', 'ketamine-iv', 'ketamine-im', 'ketamine-sl']),
        by,
      };
    case 'session.get':
      return { sessionId };
    case 'export.sessionCsv':
    case 'export.sessionFhir':
      return { sessionId, by };
    case 'session.confirmPreDose':
      return { sessionId, transportHome: true, fasting: true, nasalPreparation: true, by };
    case 'session.recordObservation':
      return {
        sessionId,
        at: c.of([undefined, recentAt]),
        bp: { systolic: 100 + (pick % 90), diastolic: 60 + (pick % 30), pulse: 50 + (pick % 60) },
        spo2: 90 + (pick % 11),
        moaas: pick % 6,
        dissociation: { global: c.of(['none', 'mild', 'moderate', 'severe']) },
        by,
      };
    case 'session.acknowledgeBaseline':
      return { sessionId, observationId: c.entryId(), signOff: users.clinicianSignOff, note: 'Seen, may dose' };
    case 'session.recordDevice':
      return { sessionId, lot: `LOT${pick % 1000}`, by };
    case 'session.recordKetamineDose':
      return { sessionId, mg: 10 + (pick % 90), lot: 'K-17', site: null, troches: null, rate: '40 min', by };
    case 'session.recordInfusionEnd':
      return { sessionId, by };
    case 'session.markEnteredInError':
      return { sessionId, entryId: c.entryId(), reason: 'Wrong chair', by };
    case 'session.discharge':
      return { sessionId, signOff: users.clinicianSignOff, note: null, override: c.of([null, { criteria: ['bp'], reason: 'Seen by doctor' }]) };
    case 'session.cancel':
      return { sessionId, reason: 'Not dosed today', by };
    case 'session.recordRecoveryScore':
      return { sessionId, scale, components: Object.fromEntries(RECOVERY_SCALES[scale].components.map((k) => [k.id, pick % 3])), by };
    case 'session.recordRemsFacts':
      return {
        sessionId,
        firstTreatment: true,
        remsEnrolled: true,
        concomitant: ['opioids'],
        respiratoryDepression: null,
        seriousAdverseEvents: null,
        monitoringProfessional: 'Nora Nurse',
        setting: 'Clinic',
        by,
      };
    case 'session.markRemsSubmitted':
      return { sessionId, reference: 'REMS-1', by };
    case 'session.addAddendum':
      return { sessionId, text: 'Patient phoned: home safely', by };
    case 'history.list':
      return { patientName: 'F', from: '2026-03-01', to: '2026-03-09', limit: 20, by };
    case 'reports.chairTime':
      return { from: '2026-03-01', to: '2026-03-09', by };
    case 'users.setUp':
      return { name: 'Second Admin', pin: '1234' };
    case 'users.signIn':
      return { userId: c.of([users.nurse.userId, users.clinician.userId]), pin: c.of([users.nurse.pin, '0000']) };
    case 'users.signOut':
      return { token: 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' };
    case 'users.add':
      return { name: `Nurse ${pick % 20}`, role: c.of(['nurse', 'clinician', 'admin']), pin: '4321', admin: { userId: users.admin.userId, pin: users.admin.pin } };
    case 'alarms.acknowledge':
      return { alarmId: c.alarmId(), by };
    case 'alarms.pauseAudio':
    case 'alarms.resumeAudio':
      return { by };
    default:
      // Requests without input (board.get, rems.formsDue, users.status, ...) and any added later.
      return c.of([{}, { by }]);
  }
}

// ---- applying edits ------------------------------------------------------------------------

type Path = Array<string | number>;

/** Plain objects and arrays, as JSON has them; typed arrays, maps and dates are left whole. */
function isPlain(value: unknown): value is object {
  if (typeof value !== 'object' || value === null) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return Array.isArray(value) || proto === Object.prototype || proto === null;
}

function pathsOf(value: unknown, path: Path = [], into: Path[] = []): Path[] {
  into.push(path);
  if (isPlain(value)) {
    for (const [k, v] of Object.entries(value)) pathsOf(v, [...path, Array.isArray(value) ? Number(k) : k], into);
  }
  return into;
}

/** Sets a property as JSON.parse would: an own property even for "__proto__". */
function setOwn(target: object, key: string | number, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

function applyEdits(input: Record<string, unknown>, edits: Edit[]): unknown {
  let root: unknown = structuredClone(input);
  for (const e of edits) {
    const paths = pathsOf(root);
    const path = paths[e.at % paths.length];
    if (e.op === 'wrap') {
      root = wrapStringAt(root, path, e.before, e.after);
      continue;
    }
    if (path.length === 0 && e.op !== 'add') {
      if (e.op === 'set') root = e.value;
      continue;
    }
    const parentPath = e.op === 'add' ? path : path.slice(0, -1);
    let parent: unknown = root;
    for (const k of parentPath) parent = (parent as Record<string | number, unknown>)[k];
    if (!isPlain(parent)) continue;
    // JSON has no arrays with named keys; an added key goes to an object only.
    if (e.op === 'add' && Array.isArray(parent)) continue;
    if (e.op === 'add') setOwn(parent, e.key, e.value);
    else if (e.op === 'set') setOwn(parent, path.at(-1)!, e.value);
    else delete (parent as Record<string | number, unknown>)[path.at(-1)!];
  }
  return root;
}

function wrapStringAt(root: unknown, path: Path, before: string, after: string): unknown {
  if (path.length === 0) return typeof root === 'string' ? `${before}${root}${after}` : root;
  let parent: unknown = root;
  for (const k of path.slice(0, -1)) parent = (parent as Record<string | number, unknown>)[k];
  const key = path.at(-1)!;
  const value = isPlain(parent) ? (parent as Record<string | number, unknown>)[key] : undefined;
  if (typeof value === 'string') setOwn(parent as object, key, `${before}${value}${after}`);
  return root;
}

/** Makes the long strings asked for; everything else is sent as generated. */
function materialize(value: unknown, depth = 0): unknown {
  if (value instanceof Huge) return 'x'.repeat(value.length);
  if (depth > 8 || !isPlain(value)) return value;
  if (Array.isArray(value)) return value.map((v) => materialize(v, depth + 1));
  const out: Record<string, unknown> = Object.getPrototypeOf(value) === null ? Object.create(null) : {};
  for (const [k, v] of Object.entries(value)) setOwn(out, k, materialize(v, depth + 1));
  return out;
}

// ---- what must hold ------------------------------------------------------------------------

function shapeProblem(answer: unknown): string | null {
  if (answer instanceof Promise) return 'answered with a promise';
  if (typeof answer !== 'object' || answer === null) return `answered ${String(answer)}`;
  const a = answer as ApiResponse<unknown>;
  if (a.ok === true) return 'result' in a ? null : 'ok without a result';
  if (a.ok !== false) return 'neither ok nor refused';
  if (typeof a.error !== 'object' || a.error === null) return 'refused without an error';
  if (a.error.code === 'internal') return `failed inside the station: ${a.error.message}`;
  if (!ERROR_CODES.has(a.error.code)) return `unknown error code ${String(a.error.code)}`;
  if (typeof a.error.message !== 'string' || a.error.message.trim() === '') return 'refused without a message';
  return null;
}

/** Every stored check and score is one a person could have: the same rules as at the boundary. */
function implausibility(body: EntryBody): string | null {
  switch (body.kind) {
    case 'observation': {
      if (body.bp !== null && !BloodPressureSchema.safeParse(body.bp).success) return `blood pressure ${JSON.stringify(body.bp)}`;
      if (body.spo2 !== null && !Spo2Schema.safeParse(body.spo2).success) return `SpO2 ${body.spo2}`;
      if (body.moaas !== null && !MoaasSchema.safeParse(body.moaas).success) return `MOAA/S ${body.moaas}`;
      if (body.dissociation !== null && !DissociationSchema.safeParse(body.dissociation).success) return `dissociation ${JSON.stringify(body.dissociation)}`;
      if (!body.bp && body.spo2 === null && body.moaas === null && !body.dissociation) return 'a check with no value';
      return null;
    }
    case 'ketamine-dose':
      return Number.isFinite(body.mg) && body.mg > 0 && body.mg <= 1000 ? null : `ketamine dose ${body.mg} mg`;
    case 'recovery-score': {
      const values = Object.values(body.components);
      const sound = values.every((v) => Number.isInteger(v) && v >= 0 && v <= 2) && values.reduce((s, v) => s + v, 0) === body.total;
      return sound ? null : `recovery score ${JSON.stringify(body)}`;
    }
    default:
      return null;
  }
}

function stringsIn(value: unknown, into: string[] = []): string[] {
  if (typeof value === 'string') into.push(value);
  else if (typeof value === 'object' && value !== null) for (const v of Object.values(value)) stringsIn(v, into);
  return into;
}

function storedProblems(file: string, secrets: ReadonlySet<string>): string[] {
  const db = new Database(file, { readonly: true });
  try {
    const problems: string[] = [];
    const integrity = db.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') problems.push(`integrity_check: ${String(integrity)}`);
    const entries = db.prepare('SELECT id, at, recorded_at, by, body_json FROM entries').all() as Array<{ id: number; at: string; recorded_at: string; by: string; body_json: string }>;
    for (const e of entries) {
      const why = implausibility(JSON.parse(e.body_json) as EntryBody);
      if (why) problems.push(`entry ${e.id}: ${why}`);
      if (!Number.isFinite(Date.parse(e.at)) || !Number.isFinite(Date.parse(e.recorded_at))) problems.push(`entry ${e.id}: time ${e.at} / ${e.recorded_at}`);
      if (e.by.trim() === '') problems.push(`entry ${e.id}: nobody recorded it`);
    }
    // Every text the station stored, in every table, JSON opened up: none may hold a control character.
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").pluck().all() as string[];
    for (const table of tables) {
      for (const row of db.prepare(`SELECT * FROM "${table}"`).all() as Array<Record<string, unknown>>) {
        for (const [column, value] of Object.entries(row)) {
          if (typeof value !== 'string') continue;
          const texts = column.endsWith('_json') ? stringsIn(JSON.parse(value)) : [value];
          const bad = texts.find((t) => CONTROL.test(t));
          if (bad !== undefined) problems.push(`${table}.${column}: control character in ${JSON.stringify(bad.slice(0, 80))}`);
          // A sign-in token is a live credential: the records name the person, never hold the token.
          if (texts.some((t) => t.length >= 43 && [...secrets].some((token) => t.includes(token)))) problems.push(`${table}.${column}: holds a sign-in token`);
        }
      }
    }
    return problems;
  } finally {
    db.close();
  }
}

// ---- the run -------------------------------------------------------------------------------

const station = stationPerTest();

function describeRequest(method: string, input: unknown): string {
  const text = JSON.stringify(input, (_k, v: unknown) => (typeof v === 'bigint' ? `${v}n` : v)) ?? String(input);
  return `${method.slice(0, 60)} ${text.length > 300 ? `${text.slice(0, 300)}...` : text}`;
}

function ask(core: StationCore, method: string, input: unknown): unknown {
  try {
    return core.handle(method, input);
  } catch (e) {
    throw new Error(`handle threw for ${describeRequest(method, input)}: ${(e as Error).message}`);
  }
}

function openSessionsToStartFrom(core: StationCore, clock: FakeClock): void {
  readySpravatoPatient(core, 'chair-1', 'P-1');
  const ketamine = call(core, 'session.checkIn', { chairId: 'chair-3', patient: { clinicId: 'P-3', name: 'K. T.' }, protocolId: 'ketamine-iv', by: NURSE });
  call(core, 'session.confirmPreDose', { sessionId: ketamine.sessionId, transportHome: true, by: NURSE });
  call(core, 'session.recordObservation', { sessionId: ketamine.sessionId, bp: { systolic: 122, diastolic: 80, pulse: 70 }, spo2: 98, by: NURSE });
  clock.advanceMinutes(5);
  call(core, 'session.recordKetamineDose', { sessionId: ketamine.sessionId, mg: 35, lot: 'K-1', rate: '40 min', by: NURSE });
}

it(`answers ${REQUESTS.toLocaleString('en')} random requests in the contract's shape and stores only sound records`, () => {
  const { core, clock } = station;
  const users = setUpUsers(core);
  const tokens = { nurse: signIn(core, users.nurse.name), admin: signIn(core, users.admin.name) };
  const issued = new Set([tokens.nurse, tokens.admin]);
  openSessionsToStartFrom(core, clock);
  const seen = new Seen();
  seen.take(call(core, 'board.get', {}));

  const seed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : Math.floor(Math.random() * 2 ** 31);
  console.log(`request-fuzz seed ${seed} (replay: FUZZ_SEED=${seed} npx vitest run test/integration/request-fuzz.test.ts)`);
  const tally = new Map<string, number>();
  const acceptedMethods = new Set<string>();
  let sent = 0;

  fc.assert(
    fc.property(recipe, (r) => {
      const input = materialize(
        r.kind === 'edited' ? applyEdits(validInput(r.method, seen, r.pick, users, tokens, clock.now()), r.edits) : r.input,
      );
      const answer = ask(core, r.method, input);
      const problem = shapeProblem(answer);
      if (problem) throw new Error(`${problem}\n  request: ${describeRequest(r.method, input)}`);
      const a = answer as ApiResponse<unknown>;
      const outcome = a.ok ? 'ok' : a.error.code;
      tally.set(outcome, (tally.get(outcome) ?? 0) + 1);
      if (a.ok) {
        acceptedMethods.add(r.method);
        seen.take(a.result);
      }
      // Time moves on between requests, so sessions reach their later phases and checks fall due;
      // the heartbeat then raises the alarms that time brings, whose ids later requests may use.
      // Sign-ins end after minutes without use, so the screen signs in again now and then.
      clock.t += 5_000;
      if (++sent % 50 === 0) {
        core.tick();
        seen.take(call(core, 'board.get', {}));
        tokens.nurse = signIn(core, users.nurse.name);
        tokens.admin = signIn(core, users.admin.name);
        issued.add(tokens.nurse).add(tokens.admin);
      }
    }),
    { numRuns: REQUESTS, seed, endOnFailure: true },
  );

  console.log(`request-fuzz answers: ${[...tally].map(([k, v]) => `${k} ${v}`).join(', ')}; accepted: ${acceptedMethods.size} kinds of request`);
  // A fuzz whose every request bounced off the schema would prove little about the rest of the core.
  expect(tally.get('ok') ?? 0).toBeGreaterThan(REQUESTS / 20);
  expect(acceptedMethods.size).toBeGreaterThan(FUZZED.length / 2);

  expect(Object.keys(Object.prototype)).toEqual([]);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();

  core.close();
  expect(storedProblems(join(station.dir, DATABASE_FILE), issued)).toEqual([]);
  station.restart();
  expect(call(station.core, 'board.get', {}).chairs.length).toBeGreaterThan(0);
}, 60_000);
