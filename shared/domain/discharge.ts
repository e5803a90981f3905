// Whether a clinician may record the discharge now, criterion by criterion, each with the value and
// time it rests on. Defaults follow the Spravato label (2 hours, BP at about 40 minutes, BP "decreasing"
// or at a safe level, sedation and dissociation resolved) and common post-sedation practice.
// A clinician may discharge with unmet criteria only by naming each and giving a reason (an override);
// the minimum observation itself cannot be overridden.
import type { AlarmPriority } from './alarm-types';
import { formatBp, type DerivedSession } from './observation';
import type { SessionRecord } from './records';
import { formatClockTime } from '../format/clock-time';

const MINUTE = 60_000;
/** The latest BP must be this recent at discharge. */
export const RECENT_BP_MIN = 15;
/** CADSS totals up to this count as no dissociation (trials counted > 4 as dissociation). */
export const CADSS_RESOLVED_MAX = 4;

export interface DischargeCriterion {
  id: string;
  label: string;
  met: boolean;
  /** The value and time it rests on, or what is missing. */
  evidence: string;
  overridable: boolean;
}

export interface DischargeAvailability {
  allowed: boolean;
  /** The unmet criteria in words (empty when allowed). */
  reasons: string[];
  criteria: DischargeCriterion[];
  /** True when every unmet criterion may be overridden by a clinician. */
  overridable: boolean;
}

const at = (ms: number) => formatClockTime(ms);

export function dischargeCriteria(
  session: SessionRecord,
  d: DerivedSession,
  activeAlarms: ReadonlyArray<{ priority: AlarmPriority; message: string }>,
  now: number,
): DischargeCriterion[] {
  const p = session.protocol;
  const { bp, previousBp, spo2, moaas, dissociation } = d.latest;
  const anchor = d.timer.anchorAt;
  const out: DischargeCriterion[] = [];
  const add = (id: string, label: string, met: boolean, evidence: string, overridable = true) =>
    out.push({ id, label, met, evidence, overridable });

  add(
    'minimum-observation',
    `Minimum observation of ${p.minimumObservationMin} min over`,
    d.timer.minimumReached,
    d.timer.pending ??
      (d.timer.minimumEndsAt === null
        ? 'no dose recorded'
        : d.timer.minimumReached
          ? `over at ${at(d.timer.minimumEndsAt)}`
          : `${Math.ceil((d.timer.remainingMs ?? 0) / MINUTE)} min left (ends at ${at(d.timer.minimumEndsAt)})`),
    false,
  );

  const baseline = d.preDose.baselineBp;
  add('bp-pre-dose', 'BP taken before dosing', baseline !== null, baseline ? `${formatBp(baseline.value)} at ${at(baseline.at)}` : 'none recorded');

  // The label's "about 40 minutes" check, where the protocol has one with a closed window.
  const peak = p.checks.find((c) => c.id === 't40' && c.windowAfterMin !== null);
  if (peak && anchor !== null) {
    const from = anchor + (peak.atMin - peak.windowBeforeMin) * MINUTE;
    const to = anchor + (peak.atMin + (peak.windowAfterMin ?? 0)) * MINUTE;
    const taken = d.standing.find((e) => e.body.kind === 'observation' && e.body.bp && Date.parse(e.at) >= from && Date.parse(e.at) <= to);
    const value = taken?.body.kind === 'observation' && taken.body.bp ? `${formatBp(taken.body.bp)} at ${at(Date.parse(taken.at))}` : null;
    add('bp-40', `BP at about ${peak.atMin} min (${peak.atMin - peak.windowBeforeMin}-${peak.atMin + (peak.windowAfterMin ?? 0)} min)`, value !== null, value ?? 'none in that window');
  }

  add(
    'bp-recent',
    `BP within the last ${RECENT_BP_MIN} min`,
    bp !== null && now - bp.at <= RECENT_BP_MIN * MINUTE,
    bp ? `latest ${formatBp(bp.value)} at ${at(bp.at)}` : 'none recorded',
  );

  const crisis = p.limits.crisisBp;
  const limit = p.limits.dischargeBp;
  const belowCrisis = bp !== null && bp.value.systolic < crisis.systolic && bp.value.diastolic < crisis.diastolic;
  const atOrBelowLimit = bp !== null && bp.value.systolic <= limit.systolic && bp.value.diastolic <= limit.diastolic;
  const falling = bp !== null && previousBp !== null && bp.value.systolic < previousBp.value.systolic;
  add(
    'bp-safe',
    `Latest BP below ${crisis.systolic}/${crisis.diastolic} and at or below ${limit.systolic}/${limit.diastolic}, or falling`,
    belowCrisis && (atOrBelowLimit || falling),
    bp ? `${formatBp(bp.value)}${previousBp ? ` (before: ${formatBp(previousBp.value)})` : ''}` : 'none recorded',
  );

  add('sedation', 'Sedation resolved (MOAA/S 5)', moaas?.value === 5, moaas ? `MOAA/S ${moaas.value} at ${at(moaas.at)}` : 'not rated');

  const dissociationResolved =
    dissociation !== null &&
    (dissociation.value.global === 'none' || (dissociation.value.cadssTotal !== undefined && dissociation.value.cadssTotal <= CADSS_RESOLVED_MAX));
  add(
    'dissociation',
    `Dissociation resolved (none, or CADSS ${CADSS_RESOLVED_MAX} or less)`,
    dissociationResolved,
    dissociation
      ? `${dissociation.value.global}${dissociation.value.cadssTotal !== undefined ? `, CADSS ${dissociation.value.cadssTotal}` : ''} at ${at(dissociation.at)}`
      : 'not rated',
  );

  add('spo2', `SpO2 at or above ${p.limits.spo2High}%`, spo2 !== null && spo2.value >= p.limits.spo2High, spo2 ? `${spo2.value}% at ${at(spo2.at)}` : 'not measured');

  const holding = activeAlarms.filter((a) => a.priority === 'high' || a.priority === 'medium');
  add(
    'no-alarms',
    'No active HIGH or MEDIUM alarm',
    holding.length === 0,
    holding.length === 0 ? 'none active' : holding.map((a) => `${a.priority.toUpperCase()}: ${a.message}`).join('; '),
  );

  if (p.requiresTransportConfirmation) {
    add('transport', 'Transport home by someone else confirmed', d.preDose.transportHome === true, d.preDose.transportHome ? 'confirmed' : 'not confirmed');
  }
  return out;
}

export function dischargeAvailability(
  session: SessionRecord,
  d: DerivedSession,
  activeAlarms: ReadonlyArray<{ priority: AlarmPriority; message: string }>,
  now: number,
): DischargeAvailability {
  if (d.phase === 'closed' || d.timer.anchorAt === null) {
    return { ...d.discharge, criteria: [], overridable: false };
  }
  const criteria = dischargeCriteria(session, d, activeAlarms, now);
  const unmet = criteria.filter((c) => !c.met);
  return {
    allowed: unmet.length === 0,
    reasons: unmet.map((c) => `${c.label}: ${c.evidence}`),
    criteria,
    overridable: unmet.length > 0 && unmet.every((c) => c.overridable),
  };
}
