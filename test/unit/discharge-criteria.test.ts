// Each discharge criterion met and not met, on records built without a database (times in minutes
// after the first device). The clinician's override and PIN sign-off are in the integration tests.
import { describe, expect, it } from 'vitest';
import { dischargeCriteria, readyApartFromTime } from '../../shared/domain/discharge';
import { deriveSession } from '../../shared/domain/observation';
import type { SessionRecord } from '../../shared/domain/records';
import { at, EntryLog, session } from '../support/entries';

/** Spravato 56 mg: transport confirmed, a normal baseline, devices at 0 and 5, a normal 40-min check. */
function spravatoDosed(): { s: SessionRecord; log: EntryLog } {
  const s = session('spravato-56');
  const log = new EntryLog();
  log.add(-20, { kind: 'pre-dose-confirmation', transportHome: true, fasting: true, nasalPreparation: true });
  log.fullCheck(-10, 126, 80);
  log.add(0, { kind: 'spravato-device', lot: 'L' });
  log.add(5, { kind: 'spravato-device', lot: 'L' });
  log.fullCheck(40, 138, 88);
  return { s, log };
}

function criteria(s: SessionRecord, log: EntryLog, nowMin: number, alarms: Array<{ priority: 'high' | 'medium' | 'low'; message: string }> = []) {
  const d = deriveSession(s, log.entries, null, at(nowMin));
  return Object.fromEntries(dischargeCriteria(s, d, alarms, at(nowMin)).map((c) => [c.id, c]));
}

describe('discharge criteria', () => {
  it('are all met for an uneventful session at 120 min', () => {
    const { s, log } = spravatoDosed();
    log.fullCheck(110, 128, 82);
    const c = criteria(s, log, 120);
    expect(Object.values(c).filter((x) => !x.met)).toEqual([]);
  });

  it('minimum observation: not met at 119 min, met at 120, never overridable', () => {
    const { s, log } = spravatoDosed();
    log.fullCheck(110);
    expect(criteria(s, log, 119)['minimum-observation']).toMatchObject({ met: false, overridable: false, evidence: expect.stringMatching(/^1 min left/) });
    expect(criteria(s, log, 120)['minimum-observation'].met).toBe(true);
  });

  it('BP before dosing: not met without a baseline', () => {
    const s = session('spravato-56');
    const log = new EntryLog();
    log.add(0, { kind: 'spravato-device', lot: 'L' });
    expect(criteria(s, log, 10)['bp-pre-dose']).toMatchObject({ met: false, evidence: 'none recorded' });
  });

  it('BP at about 40 min: a reading at 30 or 50 counts, 29 or 51 does not', () => {
    for (const [minute, met] of [[29, false], [30, true], [50, true], [51, false]] as const) {
      const s = session('spravato-56');
      const log = new EntryLog();
      log.fullCheck(-10);
      log.add(0, { kind: 'spravato-device', lot: 'L' });
      log.fullCheck(minute);
      expect(criteria(s, log, 60)['bp-40'].met, `BP at ${minute} min`).toBe(met);
    }
  });

  it('BP within the last 15 min: met at 15 min old, not at 16', () => {
    const { s, log } = spravatoDosed();
    log.fullCheck(100);
    expect(criteria(s, log, 115)['bp-recent'].met).toBe(true);
    expect(criteria(s, log, 116)['bp-recent'].met).toBe(false);
  });

  it('latest BP: at or below 140/90 is met; above it only when decreasing; never at the crisis limit', () => {
    const cases: Array<[number, number, number, number, boolean]> = [
      // previous systolic/diastolic, latest systolic/diastolic, met
      [150, 95, 140, 90, true],
      [150, 95, 146, 92, true], // above 140/90 but decreasing
      [146, 92, 150, 95, false], // above and rising
      [146, 92, 146, 92, false], // above and the same: not decreasing
      [190, 100, 182, 100, false], // decreasing, but at or above the crisis limit
    ];
    for (const [ps, pd, ls, ld, met] of cases) {
      const { s, log } = spravatoDosed();
      log.fullCheck(100, ps, pd);
      log.fullCheck(112, ls, ld);
      expect(criteria(s, log, 120)['bp-safe'].met, `${ps}/${pd} then ${ls}/${ld}`).toBe(met);
    }
  });

  it('sedation: MOAA/S 5 is met, 4 is not', () => {
    const { s, log } = spravatoDosed();
    log.check(110, { moaas: 4 });
    expect(criteria(s, log, 115).sedation).toMatchObject({ met: false, evidence: expect.stringMatching(/^MOAA\/S 4 at/) });
    log.check(112, { moaas: 5 });
    expect(criteria(s, log, 115).sedation.met).toBe(true);
  });

  it('dissociation: none is met; a CADSS of exactly 4 is met, 5 is not', () => {
    const { s, log } = spravatoDosed();
    log.check(110, { dissociation: { global: 'mild', cadssTotal: 4 } });
    expect(criteria(s, log, 112).dissociation.met).toBe(true);
    log.check(111, { dissociation: { global: 'mild', cadssTotal: 5 } });
    expect(criteria(s, log, 112).dissociation.met).toBe(false);
    log.check(112, { dissociation: { global: 'mild' } });
    expect(criteria(s, log, 112).dissociation.met).toBe(false);
  });

  it('SpO2: 92% is met, 91% is not', () => {
    const { s, log } = spravatoDosed();
    log.check(110, { spo2: 91 });
    expect(criteria(s, log, 112).spo2.met).toBe(false);
    log.check(111, { spo2: 92 });
    expect(criteria(s, log, 112).spo2.met).toBe(true);
  });

  it('alarms: an active HIGH or MEDIUM alarm holds the discharge, a LOW one does not', () => {
    const { s, log } = spravatoDosed();
    log.fullCheck(110);
    expect(criteria(s, log, 120, [{ priority: 'low', message: 'Observation complete' }])['no-alarms'].met).toBe(true);
    expect(criteria(s, log, 120, [{ priority: 'medium', message: 'SpO2 93%' }])['no-alarms']).toMatchObject({ met: false, evidence: 'MEDIUM: SpO2 93%' });
  });

  it('transport home: not met when the confirmation said no', () => {
    const { s, log } = spravatoDosed();
    log.add(1, { kind: 'pre-dose-confirmation', transportHome: false, fasting: true, nasalPreparation: true });
    expect(criteria(s, log, 120).transport.met).toBe(false);
  });

  it('ketamine IV: a modified Aldrete of 9 is met, 8 is not; IM records it without holding', () => {
    const iv = session('ketamine-iv');
    const log = new EntryLog();
    log.fullCheck(-10);
    log.add(0, { kind: 'ketamine-dose', route: 'IV', mg: 35, lot: 'K', site: null, troches: null, rate: '40 min' });
    log.add(40, { kind: 'infusion-end' });
    const score = (total: number) => ({ kind: 'recovery-score' as const, scale: 'aldrete' as const, components: { activity: 2, respiration: 2, circulation: 2, consciousness: total - 8, spo2: 2 }, total });
    log.add(100, score(8));
    expect(criteria(iv, log, 110)['recovery-score'].met).toBe(false);
    log.add(101, score(9));
    expect(criteria(iv, log, 110)['recovery-score'].met).toBe(true);
    expect(criteria(session('ketamine-im'), new EntryLog(), 110)['recovery-score']).toBeUndefined();
  });

  it('"ready to leave" is every criterion but the minimum time', () => {
    const { s, log } = spravatoDosed();
    log.fullCheck(95, 130, 84);
    const d = deriveSession(s, log.entries, null, at(95));
    expect(readyApartFromTime(dischargeCriteria(s, d, [], at(95)))).toBe(true);
    log.check(96, { moaas: 4 });
    const later = deriveSession(s, log.entries, null, at(96));
    expect(readyApartFromTime(dischargeCriteria(s, later, [], at(96)))).toBe(false);
  });
});
