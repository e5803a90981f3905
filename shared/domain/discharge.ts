// Whether a clinician may record the discharge now, criterion by criterion, each with the value and
// time it rests on. Defaults follow the Spravato label (2 hours, BP at about 40 minutes, BP "decreasing"
// or at a safe level, sedation and dissociation resolved) and common post-sedation practice.
// A clinician may discharge with unmet criteria only by naming each and giving a reason (an override);
// the minimum observation itself cannot be overridden.
import type { AlarmPriority } from './alarm-types';
import { formatBp, type DerivedSession } from './observation';
import type { SessionRecord } from './records';
import { formatClockTime } from '../format/clock-time';
import { RECOVERY_SCALES } from './recovery-scores';

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

/** The label's BP check at about 40 minutes (the protocol's t40 check with a closed window) and the
 *  first standing BP taken in its window, if any. */
export function peakBpCheck(session: SessionRecord, d: DerivedSession) {
  const check = session.protocol.checks.find((c) => c.id === 't40' && c.windowAfterMin !== null);
  const anchor = d.timer.anchorAt;
  if (!check || anchor === null) return null;
  const from = check.atMin - check.windowBeforeMin;
  const to = check.atMin + (check.windowAfterMin ?? 0);
  const taken = d.standing.find(
    (e) => e.body.kind === 'observation' && e.body.bp && Date.parse(e.at) >= anchor + from * MINUTE && Date.parse(e.at) <= anchor + to * MINUTE,
  );
  const reading = taken?.body.kind === 'observation' && taken.body.bp ? { value: taken.body.bp, at: Date.parse(taken.at) } : null;
  return { check, from, to, reading };
}

export function dischargeCriteria(
  session: SessionRecord,
  d: DerivedSession,
  activeAlarms: ReadonlyArray<{ priority: AlarmPriority; message: string }>,
  now: number,
): DischargeCriterion[] {
  const p = session.protocol;
  const { bp, previousBp, spo2, moaas, dissociation } = d.latest;
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
  const peak = peakBpCheck(session, d);
  if (peak) {
    const value = peak.reading ? `${formatBp(peak.reading.value)} at ${at(peak.reading.at)}` : null;
    add('bp-40', `BP at about ${peak.check.atMin} min (${peak.from}-${peak.to} min)`, value !== null, value ?? 'none in that window');
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

  const gate = p.recoveryScore;
  if (gate && gate.requiredMin !== null) {
    const score = d.recoveryScore;
    const scale = RECOVERY_SCALES[gate.scale].label;
    const counted = score !== null && score.body.scale === gate.scale ? score : null;
    add(
      'recovery-score',
      `${scale} score ${gate.requiredMin} or more`,
      counted !== null && counted.body.total >= gate.requiredMin,
      counted ? `${counted.body.total} of 10 at ${at(Date.parse(counted.at))}` : `no ${scale} score recorded`,
    );
  }

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

/** The "ready to leave" moment: every criterion met except the minimum observation time. */
export function readyApartFromTime(criteria: readonly DischargeCriterion[]): boolean {
  return criteria.length > 0 && criteria.every((c) => c.met || c.id === 'minimum-observation');
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
