// The session chart's data: a point only where a measure was taken, struck entries left out, and
// times as minutes from the dose (negative before it), or from check-in while there is no dose.
import { describe, expect, it } from 'vitest';
import type { AlarmView, EntryView } from '../../shared/api/views';
import type { EntryBody } from '../../shared/domain/records';
import { chartSeries, chartSummary, type ChartInput } from '../../renderer/src/components/record/chart-series';
import { isoAt, protocol } from '../support/entries';

type Observation = Extract<EntryBody, { kind: 'observation' }>;

class ViewBuilder {
  private nextId = 1;
  readonly input: ChartInput;

  constructor(protocolId: string, anchorMin: number | null) {
    this.input = {
      entries: [],
      alarmHistory: [],
      protocol: protocol(protocolId),
      timer: {
        anchorAt: anchorMin === null ? null : isoAt(anchorMin),
        elapsedMs: anchorMin === null ? null : 0,
        minimumEndsAt: anchorMin === null ? null : isoAt(anchorMin + 120),
        remainingMs: null,
        minimumReached: false,
        pending: null,
      },
      checkedInAt: isoAt(-30),
      devices: [],
      ketamineDose: null,
      infusionEndAt: null,
      closure: null,
    };
  }

  reading(minutes: number, values: Partial<Observation>, enteredInError: EntryView['enteredInError'] = null): this {
    this.input.entries.push({
      id: this.nextId++,
      at: isoAt(minutes),
      recordedAt: isoAt(minutes),
      by: 'Nurse A',
      body: { kind: 'observation', bp: null, spo2: null, moaas: null, dissociation: null, ...values },
      enteredInError,
    });
    return this;
  }

  alarm(minutes: number, priority: AlarmView['priority']): this {
    this.input.alarmHistory.push({
      alarmId: `a${minutes}`,
      sessionId: 's',
      chairId: 'chair-1',
      chairName: 'Chair 1',
      patientName: 'J. D.',
      condition: 'bp-crisis',
      category: 'physiological',
      priority,
      message: 'Chair 1 · J. D.: BP 182/104',
      raisedAt: isoAt(minutes),
      acknowledged: null,
      resolvedAt: null,
    });
    return this;
  }
}

describe('session chart series', () => {
  it('counts minutes from the dose, negative for the baseline, fractional between whole minutes', () => {
    const v = new ViewBuilder('spravato-56', 0)
      .reading(-12, { bp: { systolic: 128, diastolic: 84, pulse: 70 } })
      .reading(40.5, { bp: { systolic: 146, diastolic: 92 } });
    const s = chartSeries(v.input);
    expect(s.origin).toEqual({ kind: 'dose', at: isoAt(0) });
    expect(s.bp.map((p) => [p.min, p.text])).toEqual([
      [-12, '128/84'],
      [40.5, '146/92'],
    ]);
    expect(s.xDomain[0]).toBe(-15);
    expect(s.xDomain[1]).toBeGreaterThanOrEqual(120);
    expect(s.xTicks).toContain(0);
    expect(s.xTicks).toContain(120);
  });

  it('leaves out entries marked entered in error', () => {
    const v = new ViewBuilder('spravato-56', 0)
      .reading(10, { bp: { systolic: 210, diastolic: 130, pulse: 90 }, spo2: 80, moaas: 1 }, { reason: 'wrong patient', by: 'Nurse B', at: isoAt(11) })
      .reading(20, { bp: { systolic: 130, diastolic: 80 }, spo2: 97, moaas: 5 });
    const s = chartSeries(v.input);
    expect(s.bp.map((p) => p.systolic)).toEqual([130]);
    expect(s.spo2.map((p) => p.value)).toEqual([97]);
    expect(s.moaas.map((p) => p.value)).toEqual([5]);
    expect(s.pulse).toEqual([]);
  });

  it('plots SpO2, pulse and ratings only where they were measured, never filling the gaps', () => {
    const v = new ViewBuilder('ketamine-im', 0)
      .reading(-5, { bp: { systolic: 120, diastolic: 80, pulse: 72 }, spo2: 98 })
      .reading(15, { bp: { systolic: 130, diastolic: 85 } })
      .reading(30, { spo2: 95, moaas: 4, dissociation: { global: 'mild', cadssTotal: 9 } })
      .reading(45, { moaas: 5 });
    const s = chartSeries(v.input);
    expect(s.spo2.map((p) => [p.min, p.value])).toEqual([
      [-5, 98],
      [30, 95],
    ]);
    expect(s.pulse.map((p) => p.min)).toEqual([-5]);
    expect(s.bp.map((p) => p.min)).toEqual([-5, 15]);
    expect(s.moaas.map((p) => [p.min, p.value])).toEqual([
      [30, 4],
      [45, 5],
    ]);
    expect(s.dissociation).toEqual([{ min: 30, at: isoAt(30), level: 1, global: 'mild', cadssTotal: 9 }]);
  });

  it('puts readings in time order whatever order they were saved in', () => {
    const v = new ViewBuilder('spravato-56', 0).reading(40, { spo2: 96 }).reading(-10, { spo2: 99 });
    expect(chartSeries(v.input).spo2.map((p) => p.min)).toEqual([-10, 40]);
  });

  it('marks now on an open session, and not once it is closed', () => {
    const v = new ViewBuilder('spravato-56', 0);
    v.input.timer.elapsedMs = 55 * 60_000;
    expect(chartSeries(v.input).nowMin).toBe(55);
    v.input.closure = { sessionId: 's', kind: 'discharged', at: isoAt(125), by: 'Dr A', clinician: 'Dr A', note: null };
    expect(chartSeries(v.input).nowMin).toBeNull();
    expect(chartSeries(v.input).xDomain[1]).toBe(125);
  });

  it('counts from check-in and draws no 40-minute or minimum mark while there is no dose', () => {
    const v = new ViewBuilder('spravato-56', null).reading(-20, { bp: { systolic: 150, diastolic: 95 } });
    const s = chartSeries(v.input);
    expect(s.origin).toEqual({ kind: 'check-in', at: isoAt(-30) });
    expect(s.bp[0].min).toBe(10);
    expect(s.peakCheck).toBeNull();
    expect(s.minimumEndMin).toBeNull();
    expect(s.nowMin).toBeNull();
  });

  it('marks the doses, the 40-minute check window, the minimum observation and the alarms', () => {
    const v = new ViewBuilder('spravato-56', 0).alarm(42, 'high').alarm(30, 'medium');
    v.input.devices.push({ number: 1, at: isoAt(0), lot: 'L1' }, { number: 2, at: isoAt(5), lot: 'L1' });
    const s = chartSeries(v.input);
    expect(s.doses.map((d) => [d.label, d.min])).toEqual([
      ['D1', 0],
      ['D2', 5],
    ]);
    expect(s.peakCheck).toEqual({ atMin: 40, fromMin: 30, toMin: 50 });
    expect(s.minimumEndMin).toBe(120);
    expect(s.alarms.map((a) => [a.min, a.priority])).toEqual([
      [30, 'medium'],
      [42, 'high'],
    ]);
  });

  it('keeps the crisis limit in view and takes the limits from the protocol', () => {
    const s = chartSeries(new ViewBuilder('spravato-56', 0).reading(40, { bp: { systolic: 230, diastolic: 120 } }).input);
    expect(s.limits.crisis).toEqual({ systolic: 180, diastolic: 110 });
    expect(s.pressureDomain[1]).toBeGreaterThanOrEqual(245);
    expect(chartSeries(new ViewBuilder('spravato-56', 0).input).pressureDomain[1]).toBeGreaterThan(180);
  });

  it('summarises the chart in words', () => {
    const v = new ViewBuilder('spravato-56', 0)
      .reading(-10, { bp: { systolic: 128, diastolic: 84 }, spo2: 98 })
      .reading(40, { bp: { systolic: 148, diastolic: 92 }, spo2: 96, moaas: 4 })
      .reading(110, { bp: { systolic: 132, diastolic: 84 } })
      .alarm(41, 'medium');
    expect(chartSummary(chartSeries(v.input))).toBe(
      'Chart of 3 blood pressure readings, in minutes from the dose: highest 148/92 at 40 min, latest 132/84 at 110 min. ' +
        '2 SpO2 readings, lowest 96%. 1 MOAA/S rating and 0 dissociation ratings. 1 alarm raised (1 MEDIUM).',
    );
  });
});
