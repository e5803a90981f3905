import { describe, expect, it } from 'vitest';
import { call, NURSE, readySpravatoPatient, refusal, stationPerTest } from '../support/station';
import { setUpUsers } from '../support/users';

const t = stationPerTest();

const full = (systolic: number, diastolic: number) => ({ bp: { systolic, diastolic, pulse: 72 }, spo2: 97, moaas: 5, dissociation: { global: 'none' as const } });

/** Spravato dosed at minute 0; the 40-minute check taken; 120 minutes later one more check. */
function atTwoHours(last: { systolic: number; diastolic: number }): string {
  const id = readySpravatoPatient(t.core);
  call(t.core, 'session.recordDevice', { sessionId: id, lot: 'L', by: NURSE });
  t.clock.advanceMinutes(40);
  call(t.core, 'session.recordObservation', { sessionId: id, ...full(146, 92), by: NURSE });
  t.clock.advanceMinutes(75);
  call(t.core, 'session.recordObservation', { sessionId: id, ...full(last.systolic, last.diastolic), by: NURSE });
  t.clock.advanceMinutes(5);
  return id;
}

describe('discharge criteria', () => {
  it('lists every criterion with the value and time it rests on, and allows discharge when all are met', () => {
    const id = atTwoHours({ systolic: 132, diastolic: 84 });
    const { discharge } = call(t.core, 'session.get', { sessionId: id });
    expect(discharge.allowed).toBe(true);
    expect(discharge.criteria.map((c) => [c.id, c.met])).toEqual([
      ['minimum-observation', true],
      ['bp-pre-dose', true],
      ['bp-40', true],
      ['bp-recent', true],
      ['bp-safe', true],
      ['sedation', true],
      ['dissociation', true],
      ['spo2', true],
      ['no-alarms', true],
      ['transport', true],
    ]);
    expect(discharge.criteria.find((c) => c.id === 'bp-40')?.evidence).toMatch(/^146\/92 at \d\d:\d\d$/);
  });

  it('takes a BP above 140/90 that is falling as safe (the label\'s "decreasing")', () => {
    const id = atTwoHours({ systolic: 144, diastolic: 91 });
    expect(call(t.core, 'session.get', { sessionId: id }).discharge.allowed).toBe(true);
  });

  it('refuses a BP above 140/90 that is not falling, unless a clinician overrides it by name with a reason', () => {
    const id = atTwoHours({ systolic: 148, diastolic: 92 });
    const view = call(t.core, 'session.get', { sessionId: id });
    expect(view.discharge).toMatchObject({ allowed: false, overridable: true });
    expect(view.discharge.reasons).toEqual(['Latest BP below 180/110 and at or below 140/90, or falling: 148/92 (before: 146/92)']);

    const { clinicianSignOff: signOff } = setUpUsers(t.core);
    expect(refusal(t.core, 'session.discharge', { sessionId: id, signOff }).message).toMatch(/override them by naming each/);
    expect(
      refusal(t.core, 'session.discharge', { sessionId: id, signOff, override: { criteria: ['spo2'], reason: 'x' } }).message,
    ).toMatch(/^The override must name every unmet criterion/);
    expect(refusal(t.core, 'session.discharge', { sessionId: id, signOff, override: { criteria: ['bp-safe'], reason: '  ' } }).message).toBe(
      'Reason for the override is required',
    );
    const closed = call(t.core, 'session.discharge', {
      sessionId: id,
      signOff,
      override: { criteria: ['bp-safe'], reason: 'Usual BP for this patient; reviewed, asymptomatic' },
    });
    expect(closed.closure?.override).toEqual({
      criteria: [{ id: 'bp-safe', label: 'Latest BP below 180/110 and at or below 140/90, or falling', evidence: '148/92 (before: 146/92)' }],
      reason: 'Usual BP for this patient; reviewed, asymptomatic',
    });
    // The override stays in the record after a restart.
    t.restart();
    expect(call(t.core, 'history.list', { by: NURSE })[0].closure.override?.reason).toBe('Usual BP for this patient; reviewed, asymptomatic');
  });

  it('never lets an override shorten the minimum observation', () => {
    const id = readySpravatoPatient(t.core);
    call(t.core, 'session.recordDevice', { sessionId: id, lot: 'L', by: NURSE });
    t.clock.advanceMinutes(100);
    const error = refusal(t.core, 'session.discharge', {
      sessionId: id,
      signOff: setUpUsers(t.core).clinicianSignOff,
      override: { criteria: ['minimum-observation', 'bp-40', 'bp-recent'], reason: 'wants to leave' },
    });
    expect(error.message).toMatch(/^Discharge is not available yet: Minimum observation of 120 min over: 20 min left/);
    expect(call(t.core, 'session.get', { sessionId: id }).discharge.overridable).toBe(false);
  });
});
