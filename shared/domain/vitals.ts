// What a typed-in or device reading may be. Anything outside these ranges cannot be a real
// measurement (cuffs send e.g. 2047/238 on a failed measurement) and is never stored.
import { z } from 'zod';
import { CADSS_MAX, DISSOCIATION_LEVELS } from './scales';

export const PLAUSIBLE = {
  systolic: { min: 40, max: 300 },
  diastolic: { min: 20, max: 250 },
  pulse: { min: 20, max: 300 },
  spo2: { min: 50, max: 100 },
} as const;

/** Systolic minus diastolic beyond this is an artefact, not a circulation (e.g. 300/20). */
export const MAX_PULSE_PRESSURE = 200;

function wholeNumber(label: string, unit: string, range: { min: number; max: number }) {
  return z
    .number({ error: `${label} must be a number` })
    .int({ error: `${label} must be a whole number` })
    .min(range.min, { error: `${label} must be between ${range.min} and ${range.max} ${unit}` })
    .max(range.max, { error: `${label} must be between ${range.min} and ${range.max} ${unit}` });
}

export const BloodPressureSchema = z
  .object({
    systolic: wholeNumber('Systolic', 'mmHg', PLAUSIBLE.systolic),
    diastolic: wholeNumber('Diastolic', 'mmHg', PLAUSIBLE.diastolic),
    pulse: wholeNumber('Pulse', 'bpm', PLAUSIBLE.pulse).optional(),
  })
  .strict()
  .refine((bp) => bp.systolic > bp.diastolic, {
    error: 'Systolic must be higher than diastolic',
    path: ['systolic'],
  })
  .refine((bp) => bp.systolic - bp.diastolic <= MAX_PULSE_PRESSURE, {
    error: `Systolic and diastolic are more than ${MAX_PULSE_PRESSURE} mmHg apart: not a possible reading`,
    path: ['systolic'],
  });
export type BloodPressure = z.infer<typeof BloodPressureSchema>;

export const Spo2Schema = wholeNumber('SpO2', '%', PLAUSIBLE.spo2);

export const MoaasSchema = z
  .number({ error: 'MOAA/S must be a number' })
  .int({ error: 'MOAA/S must be a whole number from 0 to 5' })
  .min(0, { error: 'MOAA/S must be from 0 to 5' })
  .max(5, { error: 'MOAA/S must be from 0 to 5' });

export const DissociationSchema = z
  .object({
    global: z.enum(DISSOCIATION_LEVELS, { error: 'Dissociation must be none, mild, moderate or severe' }),
    cadssTotal: z
      .number({ error: 'CADSS total must be a number' })
      .int({ error: 'CADSS total must be a whole number' })
      .min(0, { error: `CADSS total must be from 0 to ${CADSS_MAX}` })
      .max(CADSS_MAX, { error: `CADSS total must be from 0 to ${CADSS_MAX}` })
      .optional(),
  })
  .strict();
export type Dissociation = z.infer<typeof DissociationSchema>;
