// The requests that change a session's record. Each checks the session's derived state first and
// refuses with a clear message; only then appends, inside one transaction, so a refused request
// changes nothing and an accepted one is committed before it is reported.
import { randomUUID } from 'node:crypto';
import type { ParsedInput } from '../../shared/api/contract';
import { deriveSession, formatBp, type DerivedSession } from '../../shared/domain/observation';
import type { Protocol } from '../../shared/domain/protocols';
import type { AlarmPriority } from '../../shared/domain/alarm-types';
import { dischargeAvailability } from '../../shared/domain/discharge';
import type { Closure, DeviceSource, EntryBody } from '../../shared/domain/records';
import type { BloodPressure } from '../../shared/domain/vitals';
import { formatClockTime } from '../../shared/format/clock-time';
import type { Clock } from './clock';
import { entryTime } from './entry-time';
import type { SessionRepository, StoredSession } from './records/session-repository';
import type { SettingsStore } from './settings/settings-store';
import { notAllowed, notFound } from './station-error';
import { iso } from './session-views';

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
    this.append(input.sessionId, input.by, undefined, (s) => {
      const baseline = s.derived.preDose.baselineBp;
      if (s.derived.phase !== 'pre-dose') throw notAllowed('The dose is already recorded');
      if (!baseline || baseline.entryId !== input.observationId) {
        throw notAllowed('Only the latest pre-dose blood pressure can be acknowledged');
      }
      if (!s.derived.preDose.baselineElevated) throw notAllowed(`BP ${formatBp(baseline.value)} is not above the pre-dose limit: nothing to acknowledge`);
      if (s.derived.preDose.acknowledgment) throw notAllowed('This blood pressure is already acknowledged');
      return { kind: 'baseline-acknowledgment', observationId: input.observationId, clinician: input.clinician, note: input.note ?? null };
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
      if (s.derived.errors.has(target.id)) throw notAllowed('This entry is already marked entered in error');
      return { kind: 'entered-in-error', entryId: target.id, reason: input.reason };
    });
  }

  discharge(input: ParsedInput<'session.discharge'>): void {
    this.closeSession(input.sessionId, (s) => {
      const availability = dischargeAvailability(s.stored.record, s.derived, this.activeAlarms(s.stored.record.id), s.now);
      const unmet = availability.criteria.filter((c) => !c.met);
      const base = { kind: 'discharged' as const, by: input.by, clinician: input.clinician, note: input.note ?? null };
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
