// Which alarm conditions hold for one open session now. Pure: the core evaluates this on every new
// entry and every second, and turns the changes into raised / changed / resolved alarms.
import type { AlarmCondition } from './alarm-types';
import { formatBp, type DerivedSession } from './observation';
import type { Measure, Protocol } from './protocols';
import type { EntryBody, SessionRecord } from './records';
import type { BloodPressure } from './vitals';
import { formatClockTime } from '../format/clock-time';

const MINUTE = 60_000;
/** An overdue check still not recorded this long after it became overdue is escalated to HIGH. */
export const OVERDUE_ESCALATION_MIN = 10;

const SEDATION_WORDS: Record<number, string> = {
  0: 'unresponsive',
  1: 'responds only to pain',
  2: 'responds only to prodding or shaking',
  3: 'responds only to a loud or repeated call',
};

function atOrAbove(bp: BloodPressure, limit: { systolic: number; diastolic: number }): boolean {
  return bp.systolic >= limit.systolic || bp.diastolic >= limit.diastolic;
}

function bpConditions(protocol: Protocol, d: DerivedSession, who: string): AlarmCondition[] {
  const { bp, previousBp } = d.latest;
  if (!bp) return [];
  const crisis = protocol.limits.crisisBp;
  const crisisText = `${crisis.systolic}/${crisis.diastolic}`;
  const out: AlarmCondition[] = [];
  if (atOrAbove(bp.value, crisis)) {
    out.push({
      key: 'bp-crisis',
      category: 'physiological',
      priority: 'high',
      message: `${who}: BP ${formatBp(bp.value)} at or above the crisis limit ${crisisText} — repeat the reading now`,
      severity: Math.max(bp.value.systolic - crisis.systolic, bp.value.diastolic - crisis.diastolic),
    });
    return out;
  }
  if (previousBp && atOrAbove(previousBp.value, crisis)) {
    // One extreme reading not confirmed by the repeat: stay watchful, at a lower priority, until a
    // second reading below the limit follows.
    out.push({
      key: 'bp-crisis',
      category: 'physiological',
      priority: 'medium',
      message: `${who}: BP ${formatBp(previousBp.value)} not confirmed — repeat ${formatBp(bp.value)} is below ${crisisText}; keep watching`,
      severity: -1,
    });
  }
  const anchor = d.timer.anchorAt;
  const post = protocol.limits.postDoseBp;
  const postDose = anchor !== null && bp.at >= anchor;
  const above = bp.value.systolic > post.systolic || bp.value.diastolic > post.diastolic;
  const falling = previousBp !== null && bp.value.systolic < previousBp.value.systolic;
  if (postDose && above && !falling) {
    out.push({
      key: 'bp-high',
      category: 'physiological',
      priority: 'medium',
      message: `${who}: BP ${formatBp(bp.value)} above ${post.systolic}/${post.diastolic} and not falling`,
      severity: bp.value.systolic,
    });
  }
  return out;
}

function spo2Condition(protocol: Protocol, d: DerivedSession, who: string): AlarmCondition[] {
  const spo2 = d.latest.spo2;
  if (!spo2) return [];
  const { spo2High, spo2Medium } = protocol.limits;
  if (spo2.value < spo2High) {
    return [{ key: 'spo2', category: 'physiological', priority: 'high', message: `${who}: SpO2 ${spo2.value}% — below ${spo2High}%`, severity: 100 - spo2.value }];
  }
  if (spo2.value < spo2Medium) {
    return [{ key: 'spo2', category: 'physiological', priority: 'medium', message: `${who}: SpO2 ${spo2.value}% — below ${spo2Medium}%`, severity: 100 - spo2.value }];
  }
  return [];
}

function sedationCondition(d: DerivedSession, who: string): AlarmCondition[] {
  const moaas = d.latest.moaas;
  if (!moaas || moaas.value >= 4) return [];
  const words = SEDATION_WORDS[moaas.value];
  return [
    {
      key: 'sedation',
      category: 'physiological',
      priority: moaas.value <= 1 ? 'high' : 'medium',
      message: `${who}: MOAA/S ${moaas.value} — ${words}`,
      severity: 5 - moaas.value,
    },
  ];
}

type ObservationBody = Extract<EntryBody, { kind: 'observation' }>;
const HAS: Record<Measure, (b: ObservationBody) => boolean> = {
  bp: (b) => b.bp !== null,
  spo2: (b) => b.spo2 !== null,
  moaas: (b) => b.moaas !== null,
  dissociation: (b) => b.dissociation !== null,
};

/** A check that was not made in its window is still caught up by a complete, late check. */
function caughtUpSince(d: DerivedSession, measures: Measure[], since: number): boolean {
  const seen = new Set<Measure>();
  for (const e of d.standing) {
    if (e.body.kind !== 'observation' || Date.parse(e.at) < since) continue;
    for (const m of measures) if (HAS[m](e.body)) seen.add(m);
  }
  return measures.every((m) => seen.has(m));
}

function overdueConditions(protocol: Protocol, d: DerivedSession, who: string, now: number): AlarmCondition[] {
  const out: AlarmCondition[] = [];
  for (const c of d.checks) {
    if ((c.state !== 'overdue' && c.state !== 'missed') || c.dueAt === null || c.overdueAt === null) continue;
    const check = protocol.checks.find((x) => x.id === c.id);
    if (!check || caughtUpSince(d, check.measures, c.dueAt - check.windowBeforeMin * MINUTE)) continue;
    const escalated = now > c.overdueAt + OVERDUE_ESCALATION_MIN * MINUTE;
    out.push({
      key: `check-overdue:${c.id}`,
      category: 'reminder',
      priority: escalated ? 'high' : 'medium',
      message: `${who}: ${c.label} check overdue — was due ${formatClockTime(c.dueAt)}, not recorded`,
      severity: escalated ? 1 : 0,
    });
  }
  return out;
}

export function alarmConditions(
  session: SessionRecord,
  d: DerivedSession,
  chairName: string,
  now: number,
  devices: DeviceHealth[] = [],
): AlarmCondition[] {
  if (d.phase === 'closed') return [];
  const protocol = session.protocol;
  const who = `${chairName} · ${session.patient.name}`;
  const conditions = [
    ...devices.flatMap((h) => deviceAlarmCondition(h, d, who) ?? []),
    ...bpConditions(protocol, d, who),
    ...spo2Condition(protocol, d, who),
    ...sedationCondition(d, who),
    ...overdueConditions(protocol, d, who, now),
  ];
  if (d.timer.minimumReached) {
    conditions.push({
      key: 'observation-complete',
      category: 'reminder',
      priority: 'low',
      message: `${who}: minimum observation reached — ready for discharge assessment`,
      severity: 0,
    });
  }
  return conditions;
}

/** What the device layer reports about the monitor serving a chair. */
export interface DeviceHealth {
  deviceName: string;
  state: 'connected' | 'measuring' | 'disconnected' | 'error';
  /** The device's own words for an error, or since when it is disconnected (HH:MM). */
  detail: string | null;
}

/**
 * A technical alarm for a monitor that serves an occupied chair: LOW while it is disconnected or
 * failing, MEDIUM when a blood pressure measurement is due and the monitor cannot take it.
 */
export function deviceAlarmCondition(health: DeviceHealth, d: DerivedSession, who: string): AlarmCondition | null {
  if (d.phase === 'closed' || health.state === 'connected' || health.state === 'measuring') return null;
  const bpDue = d.checks.some((c) => c.measures.includes('bp') && (c.state === 'due' || c.state === 'overdue'));
  const what = health.state === 'disconnected' ? 'disconnected' : 'reports an error';
  return {
    key: `device:${health.deviceName}`,
    category: 'technical',
    priority: bpDue ? 'medium' : 'low',
    message: `${who}: BP monitor ${health.deviceName} ${what}${health.detail ? ` (${health.detail})` : ''}${bpDue ? ' — a BP check is due: measure by hand' : ''}`,
    severity: bpDue ? 1 : 0,
  };
}
