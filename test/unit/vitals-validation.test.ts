import { describe, expect, it } from 'vitest';
import { BloodPressureSchema, DissociationSchema, MoaasSchema, Spo2Schema } from '../../shared/domain/vitals';

function message(result: { success: boolean; error?: { issues: Array<{ message: string }> } }) {
  return result.success ? null : result.error?.issues[0]?.message;
}

describe('reading validation', () => {
  it('accepts an ordinary blood pressure with pulse', () => {
    expect(BloodPressureSchema.safeParse({ systolic: 128, diastolic: 82, pulse: 71 }).success).toBe(true);
  });

  it.each([
    [{ systolic: 300, diastolic: 20 }, 'Systolic and diastolic are more than 200 mmHg apart: not a possible reading'],
    [{ systolic: 301, diastolic: 120 }, 'Systolic must be between 40 and 300 mmHg'],
    [{ systolic: 200, diastolic: 251 }, 'Diastolic must be between 20 and 250 mmHg'],
    [{ systolic: 2047, diastolic: 238 }, 'Systolic must be between 40 and 300 mmHg'],
    [{ systolic: 120, diastolic: 130 }, 'Systolic must be higher than diastolic'],
    [{ systolic: 120, diastolic: 120 }, 'Systolic must be higher than diastolic'],
    [{ systolic: '12a', diastolic: 80 }, 'Systolic must be a number'],
    [{ systolic: 120.5, diastolic: 80 }, 'Systolic must be a whole number'],
    [{ systolic: 120, diastolic: 80, pulse: 10 }, 'Pulse must be between 20 and 300 bpm'],
  ])('refuses %j with "%s"', (bp, expected) => {
    expect(message(BloodPressureSchema.safeParse(bp))).toBe(expected);
  });

  it('refuses SpO2 above 100 or below 50', () => {
    expect(message(Spo2Schema.safeParse(101))).toBe('SpO2 must be between 50 and 100 %');
    expect(message(Spo2Schema.safeParse(49))).toBe('SpO2 must be between 50 and 100 %');
    expect(Spo2Schema.safeParse(92).success).toBe(true);
  });

  it('takes MOAA/S 0 to 5 and dissociation levels with an optional CADSS total up to 92', () => {
    expect(MoaasSchema.safeParse(0).success).toBe(true);
    expect(message(MoaasSchema.safeParse(6))).toBe('MOAA/S must be from 0 to 5');
    expect(DissociationSchema.safeParse({ global: 'mild', cadssTotal: 12 }).success).toBe(true);
    expect(message(DissociationSchema.safeParse({ global: 'mild', cadssTotal: 93 }))).toBe('CADSS total must be from 0 to 92');
    expect(message(DissociationSchema.safeParse({ global: 'very' }))).toBe('Dissociation must be none, mild, moderate or severe');
  });
});
