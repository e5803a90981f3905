// Everything that happened in a session, in time order, with who and when: check-in, each entry
// (struck through when entered in error), the alarms' lives, the ready-to-leave moment, the closure
// (with its override) and the addenda after it.
import type { AlarmView, TimelineItem } from '../../shared/api/views';
import type { Closure, Entry } from '../../shared/domain/records';
import { entrySummary } from '../../shared/format/entry-summary';
import { formatClockTime } from '../../shared/format/clock-time';
import type { StoredSession } from './records/session-repository';

const ALARM_WORDS = { high: 'HIGH', medium: 'MEDIUM', low: 'LOW' } as const;

function entryItem(e: Entry, errors: ReadonlyMap<number, { reason: string; by: string; at: number }>): TimelineItem {
  const err = errors.get(e.id);
  const kind: TimelineItem['kind'] = e.body.kind === 'ready-to-leave' ? 'ready-to-leave' : e.body.kind === 'addendum' ? 'addendum' : 'entry';
  const late = Date.parse(e.recordedAt) - Date.parse(e.at) >= 60_000;
  const source = e.body.kind === 'observation' && e.body.source ? `from ${e.body.source.deviceName}` : null;
  const detail = [source, late ? `recorded at ${formatClockTime(Date.parse(e.recordedAt))}` : null].filter(Boolean).join(' · ');
  return {
    at: e.at,
    kind,
    entryId: e.id,
    title: entrySummary(e.body),
    detail: detail || null,
    by: e.by,
    struck: err ? { reason: err.reason, by: err.by, at: new Date(err.at).toISOString() } : null,
  };
}

function alarmItems(a: AlarmView): TimelineItem[] {
  const label = `${ALARM_WORDS[a.priority]} alarm`;
  const base = { entryId: null, struck: null };
  const items: TimelineItem[] = [{ ...base, at: a.raisedAt, kind: 'alarm-raised', title: `${label} raised: ${a.message}`, detail: null, by: null }];
  if (a.acknowledged) {
    items.push({ ...base, at: a.acknowledged.at, kind: 'alarm-acknowledged', title: `${label} acknowledged: ${a.message}`, detail: null, by: a.acknowledged.by });
  }
  if (a.resolvedAt) items.push({ ...base, at: a.resolvedAt, kind: 'alarm-resolved', title: `${label} cleared: ${a.message}`, detail: null, by: null });
  return items;
}

function closureItems(c: Closure): TimelineItem[] {
  const base = { at: c.at, entryId: null, struck: null, by: c.by };
  if (c.kind === 'cancelled') return [{ ...base, kind: 'cancel', title: 'Session ended without a dose', detail: c.note }];
  const signed = c.signedOffBy ? `signed off by ${c.signedOffBy.name} with their PIN` : c.clinician ? `by ${c.clinician}` : null;
  const items: TimelineItem[] = [
    { ...base, kind: c.override ? 'override' : 'discharge', title: c.override ? 'DISCHARGED WITH OVERRIDE' : 'Discharged: every criterion met', detail: [signed, c.note].filter(Boolean).join(' — ') || null },
  ];
  if (c.override) {
    items[0].detail = [
      signed,
      `Reason: ${c.override.reason}`,
      ...c.override.criteria.map((x) => `Not met: ${x.label} (${x.evidence})`),
      c.note,
    ]
      .filter(Boolean)
      .join(' — ');
  }
  return items;
}

export function sessionTimeline(
  stored: StoredSession,
  entries: readonly Entry[],
  errors: ReadonlyMap<number, { reason: string; by: string; at: number }>,
  alarmHistory: readonly AlarmView[],
  closure: Closure | null,
): TimelineItem[] {
  const { record } = stored;
  const items: TimelineItem[] = [
    {
      at: record.checkedInAt,
      kind: 'check-in',
      entryId: null,
      title: `Checked in to ${stored.chairName} on ${record.protocol.name}`,
      detail: null,
      by: record.checkedInBy,
      struck: null,
    },
    // Corrections show on the entry they strike, not as items of their own.
    ...entries.filter((e) => e.body.kind !== 'entered-in-error').map((e) => entryItem(e, errors)),
    ...alarmHistory.flatMap(alarmItems),
    ...(closure ? closureItems(closure) : []),
  ];
  // Stable within the same instant: check-in first, the closure after the entries of its minute.
  return items
    .map((item, i) => ({ item, i }))
    .sort((a, b) => Date.parse(a.item.at) - Date.parse(b.item.at) || a.i - b.i)
    .map((x) => x.item);
}
