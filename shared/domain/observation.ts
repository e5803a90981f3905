// Everything the station shows about a session is derived here from the stored record and "now".
// Nothing is counted: elapsed = now - the anchor's stored time, so a restart changes nothing.
import type { BpLimit, Measure, Protocol, ScheduledCheck } from './protocols';
import type { Closure, Entry, EntryBody, SessionRecord } from './records';
import type { BloodPressure, Dissociation } from './vitals';

const MINUTE = 60_000;

type ObservationBody = Extract<EntryBody, { kind: 'observation' }>;
type ObservationEntry = Entry & { body: ObservationBody };

export type Phase = 'pre-dose' | 'dosing' | 'observation' | 'closed';

export interface ObservationTimer {
  anchorAt: number | null;
  elapsedMs: number | null;
  minimumEndsAt: number | null;
  remainingMs: number | null;
  minimumReached: boolean;
  /** Why the end of the minimum observation is not known yet (e.g. the infusion end is not recorded). */
  pending: string | null;
}

export type CheckState = 'pending' | 'upcoming' | 'due' | 'overdue' | 'missed' | 'done';

export interface CheckStatus {
  id: string;
  label: string;
  /** null for the pre-dose check (due from check-in) and while the dose is not recorded. */
  dueAt: number | null;
  overdueAt: number | null;
  state: CheckState;
  doneAt: number | null;
  measures: Measure[];
  missing: Measure[];
}

export interface DatedValue<T> {
  value: T;
  at: number;
  entryId: number;
}

export interface DerivedSession {
  phase: Phase;
  timer: ObservationTimer;
  checks: CheckStatus[];
  /** Entries that stand (not marked entered in error), in time order. */
  standing: Entry[];
  /** Entry id -> the correction that struck it out. */
  errors: Map<number, { reason: string; by: string; at: number }>;
  devices: Array<{ entryId: number; at: number; lot: string }>;
  ketamineDose: (Entry & { body: Extract<EntryBody, { kind: 'ketamine-dose' }> }) | null;
  infusionEndAt: number | null;
  preDose: {
    transportHome: boolean | null;
    fasting: boolean | null;
    nasalPreparation: boolean | null;
    baselineBp: DatedValue<BloodPressure> | null;
    baselineSpo2: DatedValue<number> | null;
    baselineElevated: boolean;
    acknowledgment: { clinician: string; at: number } | null;
  };
  /** Why the (first) dose cannot be recorded yet; empty when it can. */
  doseBlockers: string[];
  nextDevice: { number: number; allowedAt: number | null } | null;
  latest: {
    bp: DatedValue<BloodPressure> | null;
    previousBp: DatedValue<BloodPressure> | null;
    spo2: DatedValue<number> | null;
    moaas: DatedValue<number> | null;
    dissociation: DatedValue<Dissociation> | null;
  };
  discharge: { allowed: boolean; reasons: string[] };
  /** The latest standing recovery score (ketamine). */
  recoveryScore: (Entry & { body: Extract<EntryBody, { kind: 'recovery-score' }> }) | null;
  /** When the station first saw every criterion but the minimum time met. */
  readyToLeaveAt: number | null;
  /** The latest standing REMS facts. */
  remsFacts: (Entry & { body: Extract<EntryBody, { kind: 'rems-facts' }> }) | null;
  remsSubmitted: (Entry & { body: Extract<EntryBody, { kind: 'rems-form-submitted' }> }) | null;
}

function lastOfKind<K extends EntryBody['kind']>(entries: Entry[], kind: K): (Entry & { body: Extract<EntryBody, { kind: K }> }) | null {
  const found = [...entries].reverse().find((e) => e.body.kind === kind);
  return (found as (Entry & { body: Extract<EntryBody, { kind: K }> }) | undefined) ?? null;
}

export function bpAbove(bp: BloodPressure, limit: BpLimit): boolean {
  return bp.systolic > limit.systolic || bp.diastolic > limit.diastolic;
}

export function formatBp(bp: BloodPressure): string {
  return `${bp.systolic}/${bp.diastolic}`;
}

function ms(iso: string): number {
  return Date.parse(iso);
}

function byTime(a: Entry, b: Entry): number {
  return ms(a.at) - ms(b.at) || a.id - b.id;
}

function latestWith<T>(obs: ObservationEntry[], pick: (b: ObservationBody) => T | null): DatedValue<T>[] {
  const out: DatedValue<T>[] = [];
  for (const e of obs) {
    const v = pick(e.body);
    if (v !== null) out.push({ value: v, at: ms(e.at), entryId: e.id });
  }
  return out;
}

const MEASURE_PICK: Record<Measure, (b: ObservationBody) => unknown> = {
  bp: (b) => b.bp,
  spo2: (b) => b.spo2,
  moaas: (b) => b.moaas,
  dissociation: (b) => b.dissociation,
};

/** When each measure was first recorded within [from, to). */
function measuresIn(obs: ObservationEntry[], measures: Measure[], from: number, to: number) {
  const found = new Map<Measure, number>();
  for (const e of obs) {
    const t = ms(e.at);
    if (t < from || t >= to) continue;
    for (const m of measures) {
      if (!found.has(m) && MEASURE_PICK[m](e.body) !== null) found.set(m, t);
    }
  }
  const missing = measures.filter((m) => !found.has(m));
  const doneAt = missing.length === 0 && found.size > 0 ? Math.max(...found.values()) : null;
  return { missing, doneAt };
}

function timedWindows(protocol: Protocol, anchor: number) {
  const timed = protocol.checks.filter((c) => c.when === 'timed').sort((a, b) => a.atMin - b.atMin);
  return timed.map((check, i) => {
    const opens = anchor + (check.atMin - check.windowBeforeMin) * MINUTE;
    const next = timed[i + 1];
    const closes =
      check.windowAfterMin !== null
        ? anchor + (check.atMin + check.windowAfterMin) * MINUTE
        : next
          ? anchor + (next.atMin - next.windowBeforeMin) * MINUTE
          : Number.POSITIVE_INFINITY;
    return { check, opens, closes };
  });
}

function checkStatuses(protocol: Protocol, obs: ObservationEntry[], anchor: number | null, now: number): CheckStatus[] {
  const out: CheckStatus[] = [];
  for (const check of protocol.checks.filter((c) => c.when === 'pre-dose')) {
    const { missing, doneAt } = measuresIn(obs, check.measures, Number.NEGATIVE_INFINITY, anchor === null ? Number.POSITIVE_INFINITY : anchor + 1);
    out.push({
      id: check.id,
      label: check.label,
      dueAt: null,
      overdueAt: null,
      state: doneAt !== null ? 'done' : anchor === null ? 'due' : 'missed',
      doneAt,
      measures: check.measures,
      missing,
    });
  }
  if (anchor === null) {
    for (const check of protocol.checks.filter((c) => c.when === 'timed')) out.push(pendingCheck(check));
    return out;
  }
  for (const { check, opens, closes } of timedWindows(protocol, anchor)) {
    const dueAt = anchor + check.atMin * MINUTE;
    const overdueAt = dueAt + protocol.graceMin * MINUTE;
    const { missing, doneAt } = measuresIn(obs, check.measures, opens, closes);
    let state: CheckState;
    if (doneAt !== null) state = 'done';
    else if (now >= closes) state = 'missed';
    else if (now < dueAt) state = 'upcoming';
    else if (now <= overdueAt) state = 'due';
    else state = 'overdue';
    out.push({ id: check.id, label: check.label, dueAt, overdueAt, state, doneAt, measures: check.measures, missing });
  }
  return out;
}

function pendingCheck(check: ScheduledCheck): CheckStatus {
  return {
    id: check.id,
    label: check.label,
    dueAt: null,
    overdueAt: null,
    state: 'pending',
    doneAt: null,
    measures: check.measures,
    missing: check.measures,
  };
}

export function deriveSession(session: SessionRecord, entries: Entry[], closure: Closure | null, currentTime: number): DerivedSession {
  // A closed session's clock stopped when it closed: its record shows the state at that moment.
  const now = closure ? Math.min(currentTime, ms(closure.at)) : currentTime;
  const protocol = session.protocol;
  const errors = new Map<number, { reason: string; by: string; at: number }>();
  for (const e of entries) {
    if (e.body.kind === 'entered-in-error') errors.set(e.body.entryId, { reason: e.body.reason, by: e.by, at: ms(e.recordedAt) });
  }
  const standing = entries.filter((e) => e.body.kind !== 'entered-in-error' && !errors.has(e.id)).sort(byTime);
  const obs = standing.filter((e): e is ObservationEntry => e.body.kind === 'observation');

  const devices = standing.flatMap((e) => (e.body.kind === 'spravato-device' ? [{ entryId: e.id, at: ms(e.at), lot: e.body.lot }] : []));
  const ketamineDose =
    (standing.find((e) => e.body.kind === 'ketamine-dose') as DerivedSession['ketamineDose'] | undefined) ?? null;
  const infusionEnd = standing.find((e) => e.body.kind === 'infusion-end');
  const infusionEndAt = infusionEnd ? ms(infusionEnd.at) : null;

  const anchor =
    protocol.dose.kind === 'spravato-devices' ? (devices[0]?.at ?? null) : ketamineDose ? ms(ketamineDose.at) : null;

  const timer = observationTimer(protocol, anchor, infusionEndAt, now);
  // A reading stamped with the dose's own minute was taken before it (times are entered to the minute).
  const preObs = anchor === null ? obs : obs.filter((e) => ms(e.at) <= anchor);

  // Pre-dose facts: the latest confirmation and the latest baseline before the anchor count.
  const confirmation = [...standing].reverse().find((e) => e.body.kind === 'pre-dose-confirmation');
  const confirmationBody = confirmation?.body.kind === 'pre-dose-confirmation' ? confirmation.body : null;
  const baselineBp = latestWith(preObs, (b) => b.bp).at(-1) ?? null;
  const baselineSpo2 = latestWith(preObs, (b) => b.spo2).at(-1) ?? null;
  const baselineElevated = baselineBp !== null && bpAbove(baselineBp.value, protocol.limits.preDoseBp);
  const ack = baselineBp
    ? standing.find((e) => e.body.kind === 'baseline-acknowledgment' && e.body.observationId === baselineBp.entryId)
    : undefined;
  const acknowledgment = ack && ack.body.kind === 'baseline-acknowledgment' ? { clinician: ack.body.clinician, at: ms(ack.at) } : null;

  const doseBlockers: string[] = [];
  if (protocol.requiresTransportConfirmation && confirmationBody?.transportHome !== true) {
    doseBlockers.push('Confirm that someone else will drive the patient home');
  }
  if (!baselineBp) doseBlockers.push('Record the pre-dose blood pressure');
  if (!baselineSpo2) doseBlockers.push('Record the pre-dose SpO2');
  if (baselineBp && baselineElevated && !acknowledgment) {
    const lim = protocol.limits.preDoseBp;
    doseBlockers.push(
      `Pre-dose BP ${formatBp(baselineBp.value)} is above ${lim.systolic}/${lim.diastolic}: a clinician must acknowledge it`,
    );
  }

  let nextDevice: DerivedSession['nextDevice'] = null;
  if (protocol.dose.kind === 'spravato-devices' && devices.length < protocol.dose.devices) {
    const last = devices.at(-1);
    nextDevice = {
      number: devices.length + 1,
      allowedAt: last ? last.at + protocol.dose.restBetweenDevicesMin * MINUTE : null,
    };
  }

  const bps = latestWith(obs, (b) => b.bp);
  const latest = {
    bp: bps.at(-1) ?? null,
    previousBp: bps.at(-2) ?? null,
    spo2: latestWith(obs, (b) => b.spo2).at(-1) ?? null,
    moaas: latestWith(obs, (b) => b.moaas).at(-1) ?? null,
    dissociation: latestWith(obs, (b) => b.dissociation).at(-1) ?? null,
  };

  const readyEntry = standing.find((e) => e.body.kind === 'ready-to-leave');

  let phase: Phase;
  if (closure) phase = 'closed';
  else if (anchor === null) phase = 'pre-dose';
  else if (nextDevice !== null || (protocol.dose.kind === 'ketamine' && protocol.dose.route === 'IV' && infusionEndAt === null))
    phase = 'dosing';
  else phase = 'observation';

  return {
    phase,
    timer,
    checks: checkStatuses(protocol, obs, anchor, now),
    standing,
    errors,
    devices,
    ketamineDose,
    infusionEndAt,
    preDose: {
      transportHome: confirmationBody?.transportHome ?? null,
      fasting: confirmationBody?.fasting ?? null,
      nasalPreparation: confirmationBody?.nasalPreparation ?? null,
      baselineBp,
      baselineSpo2,
      baselineElevated,
      acknowledgment,
    },
    doseBlockers,
    nextDevice,
    latest,
    discharge: dischargeAvailability(closure, anchor, timer),
    recoveryScore: lastOfKind(standing, 'recovery-score'),
    readyToLeaveAt: readyEntry ? ms(readyEntry.at) : null,
    remsFacts: lastOfKind(standing, 'rems-facts'),
    remsSubmitted: lastOfKind(standing, 'rems-form-submitted'),
  };
}

function observationTimer(protocol: Protocol, anchor: number | null, infusionEndAt: number | null, now: number): ObservationTimer {
  if (anchor === null) {
    return { anchorAt: null, elapsedMs: null, minimumEndsAt: null, remainingMs: null, minimumReached: false, pending: 'No dose recorded yet' };
  }
  const elapsedMs = Math.max(0, now - anchor);
  let minimumEndsAt = anchor + protocol.minimumObservationMin * MINUTE;
  let pending: string | null = null;
  if (protocol.minimumAfterInfusionEndMin !== null) {
    if (infusionEndAt === null) pending = 'The end of the infusion is not recorded yet';
    else minimumEndsAt = Math.max(minimumEndsAt, infusionEndAt + protocol.minimumAfterInfusionEndMin * MINUTE);
  }
  const remainingMs = Math.max(0, minimumEndsAt - now);
  return {
    anchorAt: anchor,
    elapsedMs,
    minimumEndsAt,
    remainingMs,
    minimumReached: pending === null && remainingMs === 0,
    pending,
  };
}

function dischargeAvailability(closure: Closure | null, anchor: number | null, timer: ObservationTimer) {
  if (closure) return { allowed: false, reasons: ['The session is closed'] };
  if (anchor === null) return { allowed: false, reasons: ['No dose is recorded: end the session without a dose instead'] };
  if (timer.pending) return { allowed: false, reasons: [timer.pending] };
  if (!timer.minimumReached) {
    const minutesLeft = Math.ceil((timer.remainingMs ?? 0) / MINUTE);
    return {
      allowed: false,
      reasons: [`The minimum observation is not over: ${minutesLeft} min left`],
    };
  }
  return { allowed: true, reasons: [] };
}
