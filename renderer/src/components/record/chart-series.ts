// The session chart's data, shaped from the core's view: one series per measure with a point only
// where that measure was taken, so the chart cannot suggest a reading at a time with none. Struck
// entries (entered in error) are left out. Times become minutes from the dose, the anchor of the
// observation clock (negative before it, for the baseline); with no dose yet, minutes from check-in.
// Pure: no React, no clock; the tests build views by hand.
import type { SessionView } from '../../../../shared/api/views';
import type { AlarmPriority } from '../../../../shared/domain/alarm-types';
import type { BpLimit } from '../../../../shared/domain/protocols';
import { DISSOCIATION_LEVELS, type DissociationLevel } from '../../../../shared/domain/scales';

const MINUTE = 60_000;

/** What the chart needs from the session view. */
export type ChartInput = Pick<
  SessionView,
  'entries' | 'alarmHistory' | 'protocol' | 'timer' | 'checkedInAt' | 'devices' | 'ketamineDose' | 'infusionEndAt' | 'closure'
>;

interface TimedPoint {
  /** Minutes from the origin (fractional: a reading at 40 min 30 s is 40.5). */
  min: number;
  at: string;
}

export interface BpPoint extends TimedPoint {
  systolic: number;
  diastolic: number;
  /** "128/84", written next to the reading. */
  text: string;
}

export interface ValuePoint extends TimedPoint {
  value: number;
}

export interface DissociationPoint extends TimedPoint {
  /** 0 none, 1 mild, 2 moderate, 3 severe. */
  level: number;
  global: DissociationLevel;
  cadssTotal: number | null;
}

export interface DoseMarker extends TimedPoint {
  kind: 'dose' | 'infusion-end';
  /** Short, for the chart: "D1", "Ketamine", "End". */
  label: string;
  /** In full, for the caption: "Spravato device 1". */
  description: string;
}

export interface AlarmMarker extends TimedPoint {
  priority: AlarmPriority;
  message: string;
}

export interface SessionChartSeries {
  /** What minute 0 is. */
  origin: { kind: 'dose' | 'check-in'; at: string };
  bp: BpPoint[];
  pulse: ValuePoint[];
  spo2: ValuePoint[];
  moaas: ValuePoint[];
  dissociation: DissociationPoint[];
  doses: DoseMarker[];
  alarms: AlarmMarker[];
  /** The "about 40 minutes" check of the protocol, with its window, when there is a dose to count from. */
  peakCheck: { atMin: number; fromMin: number; toMin: number | null } | null;
  /** When the minimum observation ends, in minutes from the dose. */
  minimumEndMin: number | null;
  /** Where the observation stands now, while the session is open and timed from a dose. */
  nowMin: number | null;
  limits: { postDose: BpLimit; crisis: BpLimit; spo2Alarm: number };
  xDomain: [number, number];
  xTicks: number[];
  pressureDomain: [number, number];
  pressureTicks: number[];
  spo2Domain: [number, number];
  spo2Ticks: number[];
}

export const DISSOCIATION_LEVEL_INDEX: Record<DissociationLevel, number> = Object.fromEntries(
  DISSOCIATION_LEVELS.map((level, i) => [level, i]),
) as Record<DissociationLevel, number>;

function minutesBetween(originMs: number, at: string): number {
  return (Date.parse(at) - originMs) / MINUTE;
}

function floorTo(value: number, step: number): number {
  return Math.floor(value / step) * step;
}

function ceilTo(value: number, step: number): number {
  return Math.ceil(value / step) * step;
}

/** Where the chart's time axis ends: the closure, or now for an open session, and never before the
 *  minimum observation's end so the whole planned stretch is in view. */
function lastMinute(input: ChartInput, originMs: number, minimumEndMin: number | null, pointMins: number[]): number {
  const candidates = [...pointMins, 0];
  if (minimumEndMin !== null) candidates.push(minimumEndMin);
  if (input.closure) candidates.push(minutesBetween(originMs, input.closure.at));
  else if (input.timer.anchorAt !== null && input.timer.elapsedMs !== null) candidates.push(input.timer.elapsedMs / MINUTE);
  return Math.max(...candidates);
}

/** Every multiple of `step` from `from` to `to`, both included when they are multiples. */
function multiples(from: number, to: number, step: number): number[] {
  const out: number[] = [];
  for (let t = ceilTo(from, step); t <= to; t += step) out.push(t);
  return out;
}

function tickStep(span: number): number {
  if (span <= 60) return 10;
  if (span <= 180) return 15;
  if (span <= 360) return 30;
  return 60;
}

export function chartSeries(input: ChartInput): SessionChartSeries {
  const origin = input.timer.anchorAt !== null ? { kind: 'dose' as const, at: input.timer.anchorAt } : { kind: 'check-in' as const, at: input.checkedInAt };
  const originMs = Date.parse(origin.at);
  const min = (at: string) => minutesBetween(originMs, at);

  const bp: BpPoint[] = [];
  const pulse: ValuePoint[] = [];
  const spo2: ValuePoint[] = [];
  const moaas: ValuePoint[] = [];
  const dissociation: DissociationPoint[] = [];
  const readings = input.entries
    .filter((e) => e.enteredInError === null)
    .slice()
    .sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  for (const entry of readings) {
    const body = entry.body;
    if (body.kind !== 'observation') continue;
    const point = { min: min(entry.at), at: entry.at };
    if (body.bp) {
      bp.push({ ...point, systolic: body.bp.systolic, diastolic: body.bp.diastolic, text: `${body.bp.systolic}/${body.bp.diastolic}` });
      if (body.bp.pulse !== undefined) pulse.push({ ...point, value: body.bp.pulse });
    }
    if (body.spo2 !== null) spo2.push({ ...point, value: body.spo2 });
    if (body.moaas !== null) moaas.push({ ...point, value: body.moaas });
    if (body.dissociation) {
      dissociation.push({
        ...point,
        level: DISSOCIATION_LEVEL_INDEX[body.dissociation.global],
        global: body.dissociation.global,
        cadssTotal: body.dissociation.cadssTotal ?? null,
      });
    }
  }

  const doses: DoseMarker[] = input.devices.map((d) => ({
    min: min(d.at),
    at: d.at,
    kind: 'dose',
    label: `D${d.number}`,
    description: `Spravato device ${d.number}`,
  }));
  if (input.ketamineDose) {
    const k = input.ketamineDose;
    doses.push({ min: min(k.at), at: k.at, kind: 'dose', label: 'Dose', description: `Ketamine ${k.mg} mg ${k.route}` });
  }
  if (input.infusionEndAt) {
    doses.push({ min: min(input.infusionEndAt), at: input.infusionEndAt, kind: 'infusion-end', label: 'End', description: 'Infusion ended' });
  }

  const alarms: AlarmMarker[] = input.alarmHistory
    .map((a) => ({ min: min(a.raisedAt), at: a.raisedAt, priority: a.priority, message: a.message }))
    .sort((a, b) => a.min - b.min);

  const hasDose = origin.kind === 'dose';
  const peak = hasDose ? input.protocol.checks.find((c) => c.id === 't40' && c.when === 'timed') : undefined;
  const peakCheck = peak
    ? { atMin: peak.atMin, fromMin: peak.atMin - peak.windowBeforeMin, toMin: peak.windowAfterMin === null ? null : peak.atMin + peak.windowAfterMin }
    : null;
  const minimumEndMin = hasDose && input.timer.minimumEndsAt !== null ? min(input.timer.minimumEndsAt) : null;

  const nowMin = input.closure === null && hasDose && input.timer.elapsedMs !== null ? input.timer.elapsedMs / MINUTE : null;

  const pointMins = [...bp, ...spo2, ...moaas, ...dissociation, ...doses, ...alarms].map((p) => p.min);
  const first = Math.min(0, ...pointMins);
  const last = lastMinute(input, originMs, minimumEndMin, pointMins);
  const step = tickStep(last - first);
  const xDomain: [number, number] = [floorTo(first, 5), Math.max(ceilTo(last, 5), 5)];
  const xTicks = multiples(xDomain[0], xDomain[1], step);

  const { postDoseBp, crisisBp, spo2High } = input.protocol.limits;
  const pressures = [...bp.flatMap((p) => [p.systolic, p.diastolic]), ...pulse.map((p) => p.value)];
  // Room above the crisis limit so its band shows; room below the lowest value for its label.
  const pressureDomain: [number, number] = [
    Math.min(40, floorTo(Math.min(...pressures, Infinity) - 10, 10)),
    Math.max(crisisBp.systolic + 30, ceilTo(Math.max(...pressures, -Infinity) + 15, 10)),
  ];
  const spo2Domain: [number, number] = [Math.min(80, floorTo(Math.min(...spo2.map((p) => p.value), Infinity) - 2, 5)), 100];

  return {
    origin,
    bp,
    pulse,
    spo2,
    moaas,
    dissociation,
    doses,
    alarms,
    peakCheck,
    minimumEndMin,
    nowMin,
    limits: { postDose: postDoseBp, crisis: crisisBp, spo2Alarm: spo2High },
    xDomain,
    xTicks,
    pressureDomain,
    pressureTicks: multiples(pressureDomain[0], pressureDomain[1], 20),
    spo2Domain,
    spo2Ticks: multiples(spo2Domain[0], spo2Domain[1], 5),
  };
}

/** "40 min", "-10 min", "40.5 min" → whole minutes as people say them. */
export function minuteText(min: number): string {
  return `${Math.round(min)} min`;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** One paragraph that says what the chart shows, for its caption and for people who cannot see it. */
export function chartSummary(series: SessionChartSeries): string {
  const from = series.origin.kind === 'dose' ? 'the dose' : 'check-in (no dose recorded)';
  const parts: string[] = [];
  if (series.bp.length === 0) {
    parts.push(`Chart of 0 blood pressure readings, in minutes from ${from}.`);
  } else {
    const highest = series.bp.reduce((a, b) => (b.systolic > a.systolic ? b : a));
    const latest = series.bp[series.bp.length - 1];
    parts.push(
      `Chart of ${plural(series.bp.length, 'blood pressure reading', 'blood pressure readings')}, in minutes from ${from}: ` +
        `highest ${highest.text} at ${minuteText(highest.min)}, latest ${latest.text} at ${minuteText(latest.min)}.`,
    );
  }
  if (series.spo2.length > 0) {
    const lowest = Math.min(...series.spo2.map((p) => p.value));
    parts.push(`${plural(series.spo2.length, 'SpO2 reading', 'SpO2 readings')}, lowest ${lowest}%.`);
  } else {
    parts.push('No SpO2 readings.');
  }
  parts.push(
    `${plural(series.moaas.length, 'MOAA/S rating', 'MOAA/S ratings')} and ${plural(series.dissociation.length, 'dissociation rating', 'dissociation ratings')}.`,
  );
  if (series.alarms.length > 0) {
    const byPriority = (['high', 'medium', 'low'] as const)
      .map((p) => [p, series.alarms.filter((a) => a.priority === p).length] as const)
      .filter(([, n]) => n > 0)
      .map(([p, n]) => `${n} ${p.toUpperCase()}`);
    parts.push(`${plural(series.alarms.length, 'alarm', 'alarms')} raised (${byPriority.join(', ')}).`);
  }
  return parts.join(' ');
}
