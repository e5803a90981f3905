// The REMS monitoring form's facts for one Spravato session: what the readings already say (never
// typed twice), what the staff recorded, and the form's 7-day deadline.
import type { Episode, RemsView } from '../../../shared/api/views';
import { peakBpCheck } from '../../../shared/domain/discharge';
import { formatBp, type DerivedSession } from '../../../shared/domain/observation';
import { REMS_FORM_DAYS } from '../../../shared/domain/rems';
import type { Closure, Entry, SessionRecord } from '../../../shared/domain/records';
import { DISSOCIATION_LEVELS } from '../../../shared/domain/scales';
import { CADSS_RESOLVED_MAX } from '../../../shared/domain/discharge';
import { formatClockTime } from '../../../shared/format/clock-time';
import { localDate, localMidnight } from '../local-dates';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

type Observation = Extract<Entry['body'], { kind: 'observation' }>;

/**
 * Stretches during which a sign was present: it starts at the first reading that shows it and ends
 * at the first later reading that does not. Readings without the measure neither start nor end one.
 */
function episodes<T>(
  readings: Array<{ at: string; body: Observation }>,
  pick: (b: Observation) => T | null,
  present: (v: T) => boolean,
  worse: (a: T, b: T) => boolean,
  describe: (v: T) => string,
): Episode[] {
  const out: Episode[] = [];
  let open: { onsetAt: string; worst: T } | null = null;
  for (const r of readings) {
    const v = pick(r.body);
    if (v === null) continue;
    if (present(v)) {
      if (!open) open = { onsetAt: r.at, worst: v };
      else if (worse(v, open.worst)) open.worst = v;
    } else if (open) {
      out.push({ onsetAt: open.onsetAt, resolvedAt: r.at, worst: describe(open.worst) });
      open = null;
    }
  }
  if (open) out.push({ onsetAt: open.onsetAt, resolvedAt: null, worst: describe(open.worst) });
  return out;
}

const dissociationRank = (d: NonNullable<Observation['dissociation']>) => DISSOCIATION_LEVELS.indexOf(d.global) * 100 + (d.cadssTotal ?? 0);

export function remsView(record: SessionRecord, d: DerivedSession, closure: Closure | null, now: number): RemsView {
  const readings = d.standing.filter((e): e is Entry & { body: Observation } => e.body.kind === 'observation');
  const anchor = d.timer.anchorAt;
  const end = closure ? Date.parse(closure.at) : now;
  const dose = record.protocol.dose;
  const baseline = d.preDose.baselineBp;
  const peak = peakBpCheck(record, d);
  const lastBp = d.latest.bp;
  const dated = (v: { value: Parameters<typeof formatBp>[0]; at: number } | null) => (v ? `${formatBp(v.value)} at ${formatClockTime(v.at)}` : null);
  const facts = d.remsFacts;
  const submitted = d.remsSubmitted;
  const dueAt = closure?.kind === 'discharged' ? Date.parse(closure.at) + REMS_FORM_DAYS * DAY : null;
  const spo2Limit = record.protocol.limits.spo2High;
  return {
    facts: facts ? { ...stripKind(facts.body), recordedAt: facts.recordedAt, by: facts.by } : null,
    fromReadings: {
      doseMg: dose.kind === 'spravato-devices' && d.devices.length > 0 ? d.devices.length * dose.mgPerDevice : null,
      lots: [...new Set(d.devices.map((x) => x.lot))],
      firstDeviceAt: anchor === null ? null : new Date(anchor).toISOString(),
      monitoringMin: anchor === null ? null : Math.round((end - anchor) / MINUTE),
      readyAfterMin: anchor === null || d.readyToLeaveAt === null ? null : Math.round((d.readyToLeaveAt - anchor) / MINUTE),
      bpBeforeDosing: dated(baseline),
      bpAt40: peak ? dated(peak.reading) : null,
      bpBeforeCompletion: closure ? dated(lastBp) : null,
      sedation: episodes(readings, (b) => b.moaas, (v) => v < 5, (a, b) => a < b, (v) => `MOAA/S ${v}`),
      dissociation: episodes(
        readings,
        (b) => b.dissociation,
        (v) => v.global !== 'none' && (v.cadssTotal === undefined || v.cadssTotal > CADSS_RESOLVED_MAX),
        (a, b) => dissociationRank(a) > dissociationRank(b),
        (v) => (v.cadssTotal === undefined ? v.global : `${v.global}, CADSS ${v.cadssTotal}`),
      ),
      lowSpo2: episodes(readings, (b) => b.spo2, (v) => v < spo2Limit, (a, b) => a < b, (v) => `SpO2 ${v}%`),
      pulseOximetryChecks: readings.filter((r) => r.body.spo2 !== null).length,
    },
    form:
      dueAt === null
        ? null
        : {
            dueAt: new Date(dueAt).toISOString(),
            daysLeft: daysLeft(dueAt, now),
            overdue: !submitted && now > dueAt,
            submitted: submitted ? { at: submitted.recordedAt, by: submitted.by, reference: submitted.body.reference } : null,
          },
  };
}

/** Calendar days (station time) from today to the deadline's date: 0 on the day it is due,
 *  negative once that day has passed. */
export function daysLeft(dueAt: number, now: number): number {
  return Math.round((localMidnight(localDate(dueAt)) - localMidnight(localDate(now))) / DAY);
}

function stripKind<T extends { kind: string }>(body: T): Omit<T, 'kind'> {
  const { kind: _kind, ...rest } = body;
  return rest;
}
