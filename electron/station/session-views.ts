// Turns a stored session and its derived state into the views the screen shows.
import { deriveSession, type CheckStatus, type DerivedSession } from '../../shared/domain/observation';
import type { Closure, Entry } from '../../shared/domain/records';
import type { AlarmView, CheckView, EntryView, LatestValues, SessionSummary, SessionView, TimerView } from '../../shared/api/views';
import { higherPriority, type AlarmPriority } from '../../shared/domain/alarm-types';
import { dischargeAvailability } from '../../shared/domain/discharge';
import { formatClockTime } from '../../shared/format/clock-time';
import type { StoredSession } from './records/session-repository';
import { remsApplies } from '../../shared/domain/protocols';
import { remsView } from './rems/rems-view';
import { sessionTimeline } from './session-timeline';

export function iso(ms: number): string;
export function iso(ms: number | null): string | null;
export function iso(ms: number | null): string | null {
  return ms === null ? null : new Date(ms).toISOString();
}

function timerView(d: DerivedSession): TimerView {
  const t = d.timer;
  return {
    anchorAt: iso(t.anchorAt),
    elapsedMs: t.elapsedMs,
    minimumEndsAt: iso(t.minimumEndsAt),
    remainingMs: t.remainingMs,
    minimumReached: t.minimumReached,
    pending: t.pending,
  };
}

function checkView(c: CheckStatus): CheckView {
  return { ...c, dueAt: iso(c.dueAt), overdueAt: iso(c.overdueAt), doneAt: iso(c.doneAt) };
}

function latestView(d: DerivedSession): LatestValues {
  const { bp, previousBp, spo2, moaas, dissociation } = d.latest;
  let trend: 'up' | 'down' | 'same' | null = null;
  if (bp && previousBp) {
    const delta = bp.value.systolic - previousBp.value.systolic;
    trend = delta > 0 ? 'up' : delta < 0 ? 'down' : 'same';
  }
  const dated = <T>(v: { value: T; at: number } | null) => (v ? { value: v.value, at: iso(v.at) } : null);
  return {
    bp: bp ? { value: bp.value, at: iso(bp.at), trend } : null,
    spo2: dated(spo2),
    moaas: dated(moaas),
    dissociation: dated(dissociation),
  };
}

function attention(d: DerivedSession, next: CheckStatus | undefined): string[] {
  const lines: string[] = [];
  if (d.phase === 'pre-dose') lines.push(...d.doseBlockers);
  for (const c of d.checks) {
    // The next check's own state is on the tile already.
    if (c.state === 'overdue' && c.dueAt !== null && c !== next) lines.push(`${c.label} check overdue (due ${formatClockTime(c.dueAt)})`);
    // A missed check stays on the tile: its window has closed, but the nurse should know it was not done.
    if (c.state === 'missed' && c.dueAt !== null) lines.push(`${c.label} check missed (was due ${formatClockTime(c.dueAt)})`);
  }
  return lines;
}

function tone(d: DerivedSession): SessionSummary['tone'] {
  if (d.checks.some((c) => c.state === 'overdue')) return 'overdue';
  if (d.phase !== 'pre-dose' && d.checks.some((c) => c.state === 'due')) return 'due';
  return d.timer.minimumReached ? 'ready' : 'normal';
}

export function summarize(
  stored: StoredSession,
  entries: Entry[],
  closure: Closure | null,
  now: number,
  activeAlarmPriorities: AlarmPriority[],
): { summary: SessionSummary; derived: DerivedSession } {
  const { record } = stored;
  const derived = deriveSession(record, entries, closure, now);
  const checks = derived.checks.map(checkView);
  return {
    derived,
    summary: {
      sessionId: record.id,
      chairId: record.chairId,
      patient: record.patient,
      protocolId: record.protocol.id,
      protocolName: record.protocol.name,
      phase: derived.phase,
      timer: timerView(derived),
      checks,
      nextCheck: checks.find((c) => c.state !== 'done' && c.state !== 'missed') ?? null,
      latest: latestView(derived),
      attention: attention(derived, derived.checks.find((c) => c.state !== 'done' && c.state !== 'missed')),
      tone: tone(derived),
      highestAlarm: activeAlarmPriorities.reduce<AlarmPriority | null>(higherPriority, null),
      readyToLeave:
        derived.readyToLeaveAt !== null && derived.timer.anchorAt !== null
          ? { at: iso(derived.readyToLeaveAt), afterMin: Math.round((derived.readyToLeaveAt - derived.timer.anchorAt) / 60_000) }
          : null,
    },
  };
}

function entryView(e: Entry, d: DerivedSession): EntryView {
  const err = d.errors.get(e.id);
  return {
    id: e.id,
    at: e.at,
    recordedAt: e.recordedAt,
    by: e.by,
    body: e.body,
    enteredInError: err ? { reason: err.reason, by: err.by, at: iso(err.at) } : null,
  };
}

export function sessionView(
  stored: StoredSession,
  entries: Entry[],
  closure: Closure | null,
  now: number,
  alarmHistory: AlarmView[],
  remsModule: boolean,
): SessionView {
  const activePriorities = alarmHistory.filter((a) => a.resolvedAt === null).map((a) => a.priority);
  const { summary, derived: d } = summarize(stored, entries, closure, now, activePriorities);
  const protocol = stored.record.protocol;
  const k = d.ketamineDose;
  return {
    ...summary,
    chairName: stored.chairName,
    protocol,
    checkedInAt: stored.record.checkedInAt,
    checkedInBy: stored.record.checkedInBy,
    preDose: {
      transportHome: d.preDose.transportHome,
      fasting: d.preDose.fasting,
      nasalPreparation: d.preDose.nasalPreparation,
      baselineBp: d.preDose.baselineBp
        ? { value: d.preDose.baselineBp.value, at: iso(d.preDose.baselineBp.at), entryId: d.preDose.baselineBp.entryId }
        : null,
      baselineSpo2: d.preDose.baselineSpo2 ? { value: d.preDose.baselineSpo2.value, at: iso(d.preDose.baselineSpo2.at) } : null,
      baselineElevated: d.preDose.baselineElevated,
      acknowledgment: d.preDose.acknowledgment
        ? { clinician: d.preDose.acknowledgment.clinician, at: iso(d.preDose.acknowledgment.at) }
        : null,
    },
    doseBlockers: d.phase === 'pre-dose' ? d.doseBlockers : [],
    nextDevice:
      d.nextDevice && protocol.dose.kind === 'spravato-devices'
        ? { number: d.nextDevice.number, of: protocol.dose.devices, allowedAt: iso(d.nextDevice.allowedAt) }
        : null,
    devices: d.devices.map((dev, i) => ({ number: i + 1, at: iso(dev.at), lot: dev.lot })),
    ketamineDose: k ? { at: k.at, mg: k.body.mg, route: k.body.route, lot: k.body.lot } : null,
    infusionEndAt: iso(d.infusionEndAt),
    // Entries in the order they happened; corrections are shown on the entry they strike out.
    entries: [...entries]
      .filter((e) => e.body.kind !== 'entered-in-error')
      .sort((a, b) => Date.parse(a.at) - Date.parse(b.at) || a.id - b.id)
      .map((e) => entryView(e, d)),
    discharge: dischargeAvailability(stored.record, d, alarmHistory.filter((a) => a.resolvedAt === null), now),
    closure,
    readOnly: closure !== null,
    alarmHistory,
    recoveryScore: d.recoveryScore
      ? { scale: d.recoveryScore.body.scale, total: d.recoveryScore.body.total, components: d.recoveryScore.body.components, at: d.recoveryScore.at, by: d.recoveryScore.by }
      : null,
    timeline: sessionTimeline(stored, entries, d.errors, alarmHistory, closure),
    rems: remsModule && remsApplies(protocol) ? remsView(stored.record, d, closure, now) : null,
  };
}
