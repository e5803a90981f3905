import { describe, expect, it } from 'vitest';
import { BUILT_IN_PROTOCOLS } from '../../shared/domain/protocols';
import { protocol } from '../support/entries';

describe('built-in protocols', () => {
  it('offers the five protocols of the clinic notes', () => {
    expect(BUILT_IN_PROTOCOLS.map((p) => p.name)).toEqual([
      'Spravato 56 mg',
      'Spravato 84 mg',
      'Ketamine IV',
      'Ketamine IM',
      'Ketamine sublingual',
    ]);
  });

  it('gives Spravato 2 or 3 devices of 28 mg with 5 minutes rest, 120 min observation and transport confirmation', () => {
    for (const [id, devices] of [['spravato-56', 2], ['spravato-84', 3]] as const) {
      const p = protocol(id);
      expect(p.dose).toEqual({ kind: 'spravato-devices', devices, mgPerDevice: 28, restBetweenDevicesMin: 5 });
      expect(p.minimumObservationMin).toBe(120);
      expect(p.requiresTransportConfirmation).toBe(true);
      expect(p.checks.map((c) => [c.id, c.atMin])).toEqual([['pre-dose', 0], ['t40', 40], ['t110', 110]]);
    }
  });

  it('uses the default limits: pre-dose 140/90, post-dose 160/100, crisis 180/110, discharge 140/90, SpO2 92/94', () => {
    expect(protocol('ketamine-im').limits).toEqual({
      preDoseBp: { systolic: 140, diastolic: 90 },
      postDoseBp: { systolic: 160, diastolic: 100 },
      crisisBp: { systolic: 180, diastolic: 110 },
      dischargeBp: { systolic: 140, diastolic: 90 },
      spo2High: 92,
      spo2Medium: 94,
    });
  });

  it('keeps ketamine IV open at least 60 minutes after the infusion ends', () => {
    expect(protocol('ketamine-iv').minimumAfterInfusionEndMin).toBe(60);
    expect(protocol('ketamine-im').minimumAfterInfusionEndMin).toBeNull();
  });
});
