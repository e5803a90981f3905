// The rows one past session leaves in the records, in the shapes the station writes them
// (electron/station/records/session-repository.ts, alarms/alarm-store.ts; entry bodies as in
// shared/domain/records.ts): check-in, pre-dose confirmation, baseline, dose, a reading every few
// minutes, the ready-to-leave moment, the closure, the alarms of the session, the REMS form.
// Pure: records/generate-records.ts decides which sessions there are and writes these rows.
import type { Protocol } from '../../shared/domain/protocols';
import type { EntryBody } from '../../shared/domain/records';
import { BENCH_NURSE } from '../support/bench-people';
import type { SeededRandom } from './seeded-random';

const BY = BENCH_NURSE;
const STATION_AUTHOR = 'Observation Station';
const MINUTE = 60_000;
/** Check-in to the first device or ketamine dose: the observation timer's start. */
const DOSE_AFTER_MIN = 10;
/** Discharged this long after the dose: just past the 2-hour minimum. */
const DISCHARGE_AFTER_DOSE_MIN = 122;
export const SESSION_LENGTH_MIN = DOSE_AFTER_MIN + DISCHARGE_AFTER_DOSE_MIN;
/** Forms are due within 7 days of the discharge; older ones were sent. */
const REMS_FORM_DAYS = 7;

export interface SessionPlan {
  id: string;
  chairIndex: number;
  patient: { clinicId: string; name: string; birthDate: string };
  protocol: Protocol;
  protocolJson: string;
  checkedInAt: number;
  /** Readings in all: the baseline and those after the dose. */
  readings: number;
  cancelled: boolean;
  /** One reading is a crisis BP, raising a HIGH alarm that a nurse acknowledges. */
  crisis: boolean;
  /** One reading is typed wrongly and marked entered in error. */
  correction: boolean;
}

export interface EntryRow {
  id: number;
  sessionId: string;
  kind: string;
  at: string;
  recordedAt: string;
  by: string;
  bodyJson: string;
}

export interface ClosureRow {
  sessionId: string;
  kind: 'discharged' | 'cancelled';
  at: string;
  by: string;
  clinician: string | null;
  note: string | null;
  signedOffUserId: string | null;
  signedOffName: string | null;
}

export interface AlarmEventRow {
  alarmId: string;
  sessionId: string;
  conditionKey: string;
  category: string;
  event: string;
  priority: string;
  message: string;
  severity: number;
  at: string;
  by: string | null;
}

export interface SessionRows {
  /** Entries made while the session was open, oldest first. */
  entries: EntryRow[];
  closure: ClosureRow | null;
  /** Entries added after the closure (the REMS facts and form): written after it, as the station
   *  does, which its triggers rely on (a form sent leaves the outstanding list). */
  afterClosure: EntryRow[];
  alarmEvents: AlarmEventRow[];
  /** Readings written (an open session has only those up to now). */
  readings: number;
}

export interface RowContext {
  random: SeededRandom;
  /** The station's clock at the end of the records: nothing is later, sessions still running stay open. */
  now: number;
  nextEntryId: () => number;
  clinician: { userId: string; name: string };
  chairName: (chairIndex: number) => string;
}

const iso = (ms: number) => new Date(ms).toISOString();

function reading(random: SeededRandom, afterDoseMin: number | null): Extract<EntryBody, { kind: 'observation' }> {
  const early = afterDoseMin !== null && afterDoseMin <= 40;
  return {
    kind: 'observation',
    bp: { systolic: random.int(112, 138), diastolic: random.int(70, 88), pulse: random.int(60, 90) },
    spo2: random.int(95, 100),
    moaas: early ? random.int(4, 5) : 5,
    dissociation: { global: early && random.next() < 0.5 ? 'mild' : 'none' },
  };
}

function doseEntries(protocol: Protocol, random: SeededRandom): EntryBody[] {
  const dose = protocol.dose;
  if (dose.kind === 'spravato-devices') {
    const lot = `LOT-${random.int(1000, 9999)}`;
    return Array.from({ length: dose.devices }, () => ({ kind: 'spravato-device', lot }));
  }
  return [
    {
      kind: 'ketamine-dose',
      route: dose.route,
      mg: random.int(35, 70),
      lot: `K-${random.int(1000, 9999)}`,
      site: dose.route === 'IM' ? 'Left deltoid' : null,
      troches: dose.route === 'sublingual' ? 2 : null,
      rate: dose.route === 'IV' ? 'over 40 min' : null,
    },
  ];
}

export function sessionRows(plan: SessionPlan, ctx: RowContext): SessionRows {
  const { random, now } = ctx;
  const entries: EntryRow[] = [];
  const alarmEvents: AlarmEventRow[] = [];
  const who = `${ctx.chairName(plan.chairIndex)} · ${plan.patient.name}`;
  let readings = 0;
  const add = (atMs: number, body: EntryBody, by = BY): number | null => {
    if (atMs > now) return null;
    const id = ctx.nextEntryId();
    // Entered a minute after the fact, as nurses do.
    entries.push({ id, sessionId: plan.id, kind: body.kind, at: iso(atMs), recordedAt: iso(Math.min(now, atMs + MINUTE)), by, bodyJson: JSON.stringify(body) });
    if (body.kind === 'observation') readings++;
    return id;
  };
  const alarm = (alarmId: string, conditionKey: string, category: string, event: string, priority: string, message: string, severity: number, atMs: number, by: string | null = null) => {
    if (atMs <= now) alarmEvents.push({ alarmId, sessionId: plan.id, conditionKey, category, event, priority, message, severity, at: iso(atMs), by });
  };

  const start = plan.checkedInAt;
  const protocol = plan.protocol;
  const spravato = protocol.dose.kind === 'spravato-devices';
  add(start + 2 * MINUTE, {
    kind: 'pre-dose-confirmation',
    transportHome: true,
    fasting: spravato ? true : null,
    nasalPreparation: spravato ? true : null,
  });
  add(start + 4 * MINUTE, reading(random, null));

  if (plan.cancelled) {
    const at = start + 20 * MINUTE;
    const closure: ClosureRow | null = at > now ? null : { sessionId: plan.id, kind: 'cancelled', at: iso(at), by: BY, clinician: null, note: 'Not dosed today: patient unwell', signedOffUserId: null, signedOffName: null };
    return { entries, closure, afterClosure: [], alarmEvents, readings };
  }

  const anchor = start + DOSE_AFTER_MIN * MINUTE;
  doseEntries(protocol, random).forEach((body, i) => add(anchor + i * 5 * MINUTE, body));
  if (protocol.dose.kind === 'ketamine' && protocol.dose.route === 'IV') add(anchor + 40 * MINUTE, { kind: 'infusion-end' });

  // The readings after the dose, evenly from 5 to 120 minutes.
  const after = plan.readings - 1;
  const step = after > 1 ? 115 / (after - 1) : 0;
  const crisisAt = Math.min(5, after - 2);
  for (let k = 0; k < after; k++) {
    const minute = 5 + k * step;
    const at = anchor + Math.round(minute * MINUTE);
    if (plan.crisis && k === crisisAt) {
      add(at, { ...reading(random, minute), bp: { systolic: 186, diastolic: 112, pulse: 96 } });
      const alarmId = random.uuid();
      const message = `${who}: BP 186/112 at or above the crisis limit 180/110 — repeat the reading now`;
      alarm(alarmId, 'bp-crisis', 'physiological', 'raised', 'high', message, 6, at);
      alarm(alarmId, 'bp-crisis', 'physiological', 'acknowledged', 'high', message, 6, at + MINUTE, BY);
      const next = anchor + Math.round((minute + step) * MINUTE);
      alarm(alarmId, 'bp-crisis', 'physiological', 'changed', 'medium', `${who}: BP 186/112 not confirmed — keep watching`, -1, next);
      alarm(alarmId, 'bp-crisis', 'physiological', 'resolved', 'medium', `${who}: BP 186/112 not confirmed — keep watching`, -1, next + Math.round(step * MINUTE));
      continue;
    }
    const id = add(at, reading(random, minute));
    if (plan.correction && k === 2 && id !== null) {
      add(at + MINUTE, { kind: 'entered-in-error', entryId: id, reason: 'Entered on the wrong chair' });
    }
    if (k === Math.floor(after / 2)) {
      add(at, { kind: 'ready-to-leave', criteria: [{ label: 'BP taken before dosing', evidence: 'baseline recorded' }, { label: 'Sedation resolved (MOAA/S 5)', evidence: 'MOAA/S 5' }] }, STATION_AUTHOR);
    }
  }
  if (protocol.recoveryScore) {
    add(anchor + 110 * MINUTE, { kind: 'recovery-score', scale: 'aldrete', components: { activity: 2, respiration: 2, circulation: 2, consciousness: 2, spo2: 2 }, total: 10 });
  }

  // Every session reaching its minimum observation raises the LOW reminder the discharge resolves.
  const minimumAt = anchor + protocol.minimumObservationMin * MINUTE;
  const completeId = random.uuid();
  const completeMessage = `${who}: minimum observation reached — ready for discharge assessment`;
  alarm(completeId, 'observation-complete', 'reminder', 'raised', 'low', completeMessage, 0, minimumAt);

  const closedAt = anchor + DISCHARGE_AFTER_DOSE_MIN * MINUTE;
  if (closedAt > now) return { entries, closure: null, afterClosure: [], alarmEvents, readings };
  alarm(completeId, 'observation-complete', 'reminder', 'resolved', 'low', completeMessage, 0, closedAt);
  const closure: ClosureRow = {
    sessionId: plan.id,
    kind: 'discharged',
    at: iso(closedAt),
    by: ctx.clinician.name,
    clinician: ctx.clinician.name,
    note: null,
    signedOffUserId: ctx.clinician.userId,
    signedOffName: ctx.clinician.name,
  };
  const whileOpen = entries.length;
  if (spravato) {
    add(closedAt + 5 * MINUTE, {
      kind: 'rems-facts',
      firstTreatment: false,
      remsEnrolled: true,
      concomitant: [],
      respiratoryDepression: null,
      seriousAdverseEvents: null,
      monitoringProfessional: ctx.clinician.name,
      setting: 'Outpatient clinic',
    });
    // The form is sent within the week (REMS_FORM_DAYS): those of the last few days are still due.
    const sentAt = closedAt + random.int(1, REMS_FORM_DAYS - 2) * 24 * 60 * MINUTE;
    add(sentAt, { kind: 'rems-form-submitted', reference: `REMS-${random.int(100000, 999999)}` });
  }
  return { entries: entries.slice(0, whileOpen), closure, afterClosure: entries.slice(whileOpen), alarmEvents, readings };
}
