// The requests that change a session's record. Each checks the session's derived state first and
// refuses with a clear message; only then appends, inside one transaction, so a refused request
// changes nothing and an accepted one is committed before it is reported.
import { randomUUID } from 'node:crypto';
import type { ParsedInput } from '../../shared/api/contract';
import { deriveSession, formatBp, type DerivedSession } from '../../shared/domain/observation';
import type { Protocol } from '../../shared/domain/protocols';
import type { AlarmPriority } from '../../shared/domain/alarm-types';
import { dischargeAvailability, dischargeCriteria, readyApartFromTime } from '../../shared/domain/discharge';
import { remsApplies } from '../../shared/domain/protocols';
import { RECOVERY_SCALES, scoreTotal } from '../../shared/domain/recovery-scores';
import { ADDENDUM_KINDS, type Closure, type DeviceSource, type EntryBody } from '../../shared/domain/records';
import type { UserRole } from '../../shared/domain/users';
import type { BloodPressure } from '../../shared/domain/vitals';
import { formatClockTime } from '../../shared/format/clock-time';
import type { Clock } from './clock';
import { entryTime } from './entry-time';
import type { SessionRepository, StoredSession } from './records/session-repository';
import type { SettingsStore } from './settings/settings-store';
import { notAllowed, notFound } from './station-error';
import { iso } from './session-views';

/** Checks a user's PIN and role for an action; throws a clear refusal otherwise. */
export type VerifyUser = (
  signed: { userId: string; pin: string },
  allowed: UserRole[],
  action: string,
) => { userId: string; name: string; role: UserRole };

/** Who writes what the station itself records (the ready-to-leave moment). */
export const STATION_AUTHOR = 'Observation Station';

interface OpenSession {
  stored: StoredSession;
  derived: DerivedSession;
  now: number;
}

export class SessionCommands {
  constructor(
    private readonly repo: SessionRepository,
    private readonly clock: Clock,
    private readonly settings: SettingsStore,
    private readonly protocols: () => readonly Protocol[],
    /** The session's active alarms: a HIGH or MEDIUM one holds the discharge. */
    private readonly activeAlarms: (sessionId: string) => ReadonlyArray<{ priority: AlarmPriority; message: string }>,
    private readonly verifyUser: VerifyUser,
  ) {}

  checkIn(input: ParsedInput<'session.checkIn'>): string {
    const now = this.clock.now();
    const chair = this.settings.read().chairs.find((c) => c.id === input.chairId);
    if (!chair) throw notFound(`There is no chair "${input.chairId}" at this station`);
    const protocol = this.protocols().find((p) => p.id === input.protocolId);
    if (!protocol) throw notAllowed(`There is no protocol "${input.protocolId}"`, 'protocolId');
    const birthDate = input.patient.birthDate ?? null;
    if (birthDate !== null && (birthDate > iso(now).slice(0, 10) || birthDate < '1900-01-01')) {
      throw notAllowed('Birth date must be a real date, not in the future', 'patient.birthDate');
    }
    const id = randomUUID();
    this.repo.inTransaction(() => {
      const active = this.repo.activeSessions();
      const inChair = active.find((s) => s.record.chairId === chair.id);
      if (inChair) {
        throw notAllowed(`${chair.name} is occupied by ${inChair.record.patient.name}: discharge them first`, 'chairId');
      }
      const samePatient = active.find((s) => s.record.patient.clinicId === input.patient.clinicId);
      if (samePatient) {
        throw notAllowed(
          `Patient ${input.patient.clinicId} is already checked in at ${samePatient.chairName}`,
          'patient.clinicId',
        );
      }
      this.repo.insertSession({
        chairName: chair.name,
        record: {
          id,
          chairId: chair.id,
          patient: { clinicId: input.patient.clinicId, name: input.patient.name, birthDate },
          protocol,
          checkedInAt: iso(now),
          checkedInBy: input.by,
        },
      });
    });
    return id;
  }

  confirmPreDose(input: ParsedInput<'session.confirmPreDose'>): void {
    this.append(input.sessionId, input.by, undefined, (s) => {
      if (s.derived.phase !== 'pre-dose') throw notAllowed('The dose is already recorded: pre-dose confirmations can no longer change');
      const asks = s.stored.record.protocol.asksSpravatoPreparation;
      return {
        kind: 'pre-dose-confirmation',
        transportHome: input.transportHome,
        fasting: asks ? (input.fasting ?? null) : null,
        nasalPreparation: asks ? (input.nasalPreparation ?? null) : null,
      };
    });
  }

  recordObservation(input: ParsedInput<'session.recordObservation'>): void {
    this.append(input.sessionId, input.by, input.at, () => ({
      kind: 'observation',
      bp: input.bp ?? null,
      spo2: input.spo2 ?? null,
      moaas: input.moaas ?? null,
      dissociation: input.dissociation ?? null,
    }));
  }

  /** A reading sent by a BP monitor: stored as a check, labelled with the device. */
  recordDeviceObservation(
    sessionId: string,
    deviceName: string,
    values: { bp: BloodPressure; spo2: number | null; source: DeviceSource },
  ): void {
    this.append(sessionId, `BP monitor ${deviceName}`, undefined, () => ({
      kind: 'observation',
      bp: values.bp,
      spo2: values.spo2,
      moaas: null,
      dissociation: null,
      source: values.source,
    }));
  }

  acknowledgeBaseline(input: ParsedInput<'session.acknowledgeBaseline'>): void {
    const clinician = this.verifyUser(input.signOff, ['clinician'], 'acknowledge an elevated pre-dose BP');
    this.append(input.sessionId, clinician.name, undefined, (s) => {
      const baseline = s.derived.preDose.baselineBp;
      if (s.derived.phase !== 'pre-dose') throw notAllowed('The dose is already recorded');
      if (!baseline || baseline.entryId !== input.observationId) {
        throw notAllowed('Only the latest pre-dose blood pressure can be acknowledged');
      }
      if (!s.derived.preDose.baselineElevated) throw notAllowed(`BP ${formatBp(baseline.value)} is not above the pre-dose limit: nothing to acknowledge`);
      if (s.derived.preDose.acknowledgment) throw notAllowed('This blood pressure is already acknowledged');
      return { kind: 'baseline-acknowledgment', observationId: input.observationId, clinician: clinician.name, note: input.note ?? null };
    });
  }

  recordDevice(input: ParsedInput<'session.recordDevice'>): void {
    this.append(input.sessionId, input.by, input.at, (s, at) => {
      const dose = s.stored.record.protocol.dose;
      if (dose.kind !== 'spravato-devices') throw notAllowed('This session is not on a Spravato protocol');
      const next = s.derived.nextDevice;
      if (!next) throw notAllowed(`All ${dose.devices} devices are already recorded`);
      if (next.number === 1) refuseIfBlocked(this.stateAt(s, at));
      if (next.allowedAt !== null && at < next.allowedAt) {
        throw notAllowed(
          `Device ${next.number} can be given from ${formatClockTime(next.allowedAt)}, after the ${dose.restBetweenDevicesMin}-minute rest`,
        );
      }
      return { kind: 'spravato-device', lot: input.lot };
    });
  }

  recordKetamineDose(input: ParsedInput<'session.recordKetamineDose'>): void {
    this.append(input.sessionId, input.by, input.at, (s, at) => {
      const dose = s.stored.record.protocol.dose;
      if (dose.kind !== 'ketamine') throw notAllowed('This session is not on a ketamine protocol');
      if (s.derived.ketamineDose) throw notAllowed('The ketamine dose is already recorded');
      refuseIfBlocked(this.stateAt(s, at));
      if (input.troches != null && dose.route !== 'sublingual') throw notAllowed('Number of troches applies to sublingual doses only', 'troches');
      if (input.site != null && dose.route !== 'IM') throw notAllowed('Injection site applies to IM doses only', 'site');
      if (input.rate != null && dose.route !== 'IV') throw notAllowed('Rate or duration applies to IV doses only', 'rate');
      return {
        kind: 'ketamine-dose',
        route: dose.route,
        mg: input.mg,
        lot: input.lot,
        site: input.site ?? null,
        troches: input.troches ?? null,
        rate: input.rate ?? null,
      };
    });
  }

  recordInfusionEnd(input: ParsedInput<'session.recordInfusionEnd'>): void {
    this.append(input.sessionId, input.by, input.at, (s, at) => {
      const dose = s.stored.record.protocol.dose;
      if (dose.kind !== 'ketamine' || dose.route !== 'IV') throw notAllowed('Only IV sessions have an infusion end');
      const start = s.derived.ketamineDose;
      if (!start) throw notAllowed('Record the infusion start (the dose) first');
      if (s.derived.infusionEndAt !== null) throw notAllowed('The infusion end is already recorded');
      if (at < Date.parse(start.at)) throw notAllowed(`The infusion cannot end before it started (${formatClockTime(Date.parse(start.at))})`, 'at');
      return { kind: 'infusion-end' };
    });
  }

  markEnteredInError(input: ParsedInput<'session.markEnteredInError'>): void {
    this.append(input.sessionId, input.by, undefined, (s) => {
      const target = this.repo.entries(input.sessionId).find((e) => e.id === input.entryId);
      if (!target) throw notFound(`Entry ${input.entryId} is not part of this session`);
      if (target.body.kind === 'entered-in-error') throw notAllowed('A correction cannot itself be marked in error');
      if (target.body.kind === 'ready-to-leave') throw notAllowed('The ready-to-leave moment is recorded by the station and cannot be marked in error');
      if (s.derived.errors.has(target.id)) throw notAllowed('This entry is already marked entered in error');
      return { kind: 'entered-in-error', entryId: target.id, reason: input.reason };
    });
  }

  discharge(input: ParsedInput<'session.discharge'>): void {
    // The PIN is checked first, outside the record's transaction: a wrong PIN counts as a try even
    // though the discharge itself is refused.
    const clinician = this.verifyUser(input.signOff, ['clinician'], 'sign off a discharge');
    this.closeSession(input.sessionId, (s) => {
      const availability = dischargeAvailability(s.stored.record, s.derived, this.activeAlarms(s.stored.record.id), s.now);
      const unmet = availability.criteria.filter((c) => !c.met);
      const base = {
        kind: 'discharged' as const,
        by: clinician.name,
        clinician: clinician.name,
        note: input.note ?? null,
        signedOffBy: { userId: clinician.userId, name: clinician.name },
      };
      if (availability.allowed) {
        if (input.override) throw notAllowed('Every discharge criterion is met: there is nothing to override', 'override');
        return { ...base, override: null };
      }
      if (!availability.overridable || unmet.length === 0) {
        throw notAllowed(`Discharge is not available yet: ${availability.reasons.join('; ')}`);
      }
      if (!input.override) {
        throw notAllowed(`Discharge criteria not met: ${availability.reasons.join('; ')}. A clinician may override them by naming each and giving a reason.`);
      }
      const named = new Set(input.override.criteria);
      const missing = unmet.filter((c) => !named.has(c.id));
      const extra = [...named].filter((id) => !unmet.some((c) => c.id === id));
      if (missing.length > 0) throw notAllowed(`The override must name every unmet criterion; not named: ${missing.map((c) => c.label).join('; ')}`, 'override.criteria');
      if (extra.length > 0) throw notAllowed(`The override names criteria that are met or unknown: ${extra.join(', ')}`, 'override.criteria');
      return {
        ...base,
        override: { criteria: unmet.map(({ id, label, evidence }) => ({ id, label, evidence })), reason: input.override.reason },
      };
    });
  }

  recordRecoveryScore(input: ParsedInput<'session.recordRecoveryScore'>): void {
    this.append(input.sessionId, input.by, input.at, (s, at) => {
      const gate = s.stored.record.protocol.recoveryScore;
      if (!gate) throw notAllowed(`${s.stored.record.protocol.name} has no recovery score`);
      if (input.scale !== gate.scale) throw notAllowed(`${s.stored.record.protocol.name} uses the ${RECOVERY_SCALES[gate.scale].label} score`, 'scale');
      if (s.derived.timer.anchorAt === null || at < s.derived.timer.anchorAt) throw notAllowed('A recovery score is taken after the dose', 'at');
      const result = scoreTotal(input.scale, input.components);
      if ('error' in result) throw notAllowed(result.error, 'components');
      return { kind: 'recovery-score', scale: input.scale, components: input.components, total: result.total };
    });
  }

  recordRemsFacts(input: ParsedInput<'session.recordRemsFacts'>): void {
    this.appendLater(input.sessionId, input.by, { closed: 'allowed' }, (s) => {
      this.refuseUnlessRems(s.stored);
      const rd = input.respiratoryDepression;
      if (rd) {
        const onset = Date.parse(rd.onsetAt);
        const end = s.closure ? Date.parse(s.closure.at) : s.now;
        if (onset < Date.parse(s.stored.record.checkedInAt) || onset > end) {
          throw notAllowed('Respiratory depression must start during the session', 'respiratoryDepression.onsetAt');
        }
        if (rd.resolvedAt !== null && (Date.parse(rd.resolvedAt) < onset || Date.parse(rd.resolvedAt) > s.now)) {
          throw notAllowed('Respiratory depression must resolve after it started, and not in the future', 'respiratoryDepression.resolvedAt');
        }
      }
      return {
        kind: 'rems-facts',
        firstTreatment: input.firstTreatment,
        remsEnrolled: input.remsEnrolled,
        concomitant: [...new Set(input.concomitant)],
        respiratoryDepression: rd ? { onsetAt: new Date(Date.parse(rd.onsetAt)).toISOString(), resolvedAt: rd.resolvedAt === null ? null : new Date(Date.parse(rd.resolvedAt)).toISOString() } : null,
        seriousAdverseEvents: input.seriousAdverseEvents,
        monitoringProfessional: input.monitoringProfessional,
        setting: input.setting,
      };
    });
  }

  markRemsSubmitted(input: ParsedInput<'session.markRemsSubmitted'>): void {
    this.appendLater(input.sessionId, input.by, { closed: 'required' }, (s) => {
      this.refuseUnlessRems(s.stored);
      if (s.closure?.kind !== 'discharged') throw notAllowed('Only a discharged session has a REMS monitoring form');
      if (s.derived.remsSubmitted) throw notAllowed('The REMS form of this session is already marked submitted');
      if (!s.derived.remsFacts) throw notAllowed('Record the REMS facts first: the form needs them');
      return { kind: 'rems-form-submitted', reference: input.reference ?? null };
    });
  }

  addAddendum(input: ParsedInput<'session.addAddendum'>): void {
    this.appendLater(input.sessionId, input.by, { closed: 'required' }, () => ({ kind: 'addendum', text: input.text }));
  }

  /**
   * Records, once, the moment every discharge criterion but the minimum time is first met. Called
   * after every change and every second; does nothing once recorded or while something is unmet.
   */
  noteReadyToLeave(sessionId: string): boolean {
    return this.repo.inTransaction(() => {
      const stored = this.repo.session(sessionId);
      if (!stored || this.repo.closure(sessionId)) return false;
      const now = this.clock.now();
      const derived = deriveSession(stored.record, this.repo.entries(sessionId), null, now);
      if (derived.readyToLeaveAt !== null || derived.timer.anchorAt === null) return false;
      const criteria = dischargeCriteria(stored.record, derived, this.activeAlarms(sessionId), now);
      if (!readyApartFromTime(criteria)) return false;
      const met = criteria.filter((c) => c.met).map(({ label, evidence }) => ({ label, evidence }));
      this.repo.appendEntry({ sessionId, at: iso(now), recordedAt: iso(now), by: STATION_AUTHOR, body: { kind: 'ready-to-leave', criteria: met } });
      return true;
    });
  }

  cancel(input: ParsedInput<'session.cancel'>): void {
    this.closeSession(input.sessionId, (s) => {
      if (s.derived.phase !== 'pre-dose') throw notAllowed('A dose is recorded: the patient must be observed and discharged');
      return { kind: 'cancelled', by: input.by, clinician: null, note: input.reason };
    });
  }

  /**
   * The session as it stood at `at`: a dose entered afterwards with an earlier time must have met the
   * pre-dose conditions by then (a baseline taken after the dose is no baseline).
   */
  private stateAt(s: OpenSession, at: number): DerivedSession {
    const before = this.repo.entries(s.stored.record.id).filter((e) => Date.parse(e.at) <= at);
    return deriveSession(s.stored.record, before, null, at);
  }

  /** Loads a session that is still open, with its derived state, or refuses. */
  private openSession(sessionId: string): OpenSession {
    const stored = this.repo.session(sessionId);
    if (!stored) throw notFound('No such session');
    const closure = this.repo.closure(sessionId);
    if (closure) {
      const what = closure.kind === 'discharged' ? 'discharged' : 'ended';
      throw notAllowed(`This session was ${what} at ${formatClockTime(Date.parse(closure.at))}: its record is read-only`);
    }
    const now = this.clock.now();
    return { stored, derived: deriveSession(stored.record, this.repo.entries(sessionId), null, now), now };
  }

  private append(sessionId: string, by: string, givenAt: string | undefined, build: (s: OpenSession, at: number) => EntryBody): void {
    this.repo.inTransaction(() => {
      const s = this.openSession(sessionId);
      const at = entryTime(givenAt, s.now, s.stored.record.checkedInAt);
      const body = build(s, at);
      this.repo.appendEntry({ sessionId, at: iso(at), recordedAt: iso(s.now), by, body });
    });
  }

  private refuseUnlessRems(stored: StoredSession): void {
    if (!remsApplies(stored.record.protocol)) throw notAllowed(`REMS facts apply to Spravato sessions; this one is ${stored.record.protocol.name}`);
    if (!this.settings.read().remsModule) throw notAllowed('The REMS module is switched off in the settings');
  }

  /** Facts that may come after the session closed: addenda, and the REMS facts and form. */
  private appendLater(
    sessionId: string,
    by: string,
    rule: { closed: 'allowed' | 'required' },
    build: (s: OpenSession & { closure: Closure | null }) => EntryBody,
  ): void {
    this.repo.inTransaction(() => {
      const stored = this.repo.session(sessionId);
      if (!stored) throw notFound('No such session');
      const closure = this.repo.closure(sessionId);
      if (rule.closed === 'required' && !closure) throw notAllowed('The session is still open: record it in the session; addenda are for closed sessions');
      const now = this.clock.now();
      const derived = deriveSession(stored.record, this.repo.entries(sessionId), closure, now);
      const body = build({ stored, derived, now, closure });
      if (closure && !ADDENDUM_KINDS.has(body.kind)) throw notAllowed('The session is closed: only addenda can be added');
      this.repo.appendEntry({ sessionId, at: iso(now), recordedAt: iso(now), by, body });
    });
  }

  private closeSession(sessionId: string, build: (s: OpenSession) => Omit<Closure, 'sessionId' | 'at'>): void {
    this.repo.inTransaction(() => {
      const s = this.openSession(sessionId);
      this.repo.close({ sessionId, at: iso(s.now), ...build(s) });
    });
  }
}

function refuseIfBlocked(d: DerivedSession): void {
  if (d.doseBlockers.length > 0) throw notAllowed(`The dose cannot be recorded yet: ${d.doseBlockers.join('; ')}`);
}
