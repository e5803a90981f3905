// The shape of a protocol as an admin edits it: every number within a range a clinic could mean,
// each with a message that names the field. The rules between values are in domain/protocol-rules.ts.
import { z } from 'zod';
import { RECORD_TEXT_PATTERN } from './record-text';
import { ALL_MEASURES } from '../domain/protocols';
import { RECOVERY_SCALE_NAMES } from '../domain/recovery-scores';

function whole(label: string, min: number, max: number, unit = '') {
  const range = `${label} must be ${min} to ${max}${unit}`;
  return z.number({ error: `${label} must be a number` }).int({ error: `${label} must be a whole number` }).min(min, { error: range }).max(max, { error: range });
}

const name = (label: string, max: number) =>
  z.string({ error: `${label} is required` }).trim().min(1, { error: `${label} is required` }).max(max, { error: `${label} must be at most ${max} characters` }).regex(RECORD_TEXT_PATTERN, { error: `${label} contains characters that are not allowed` });

const Bp = (label: string) =>
  z.strictObject({ systolic: whole(`${label} systolic`, 60, 260, ' mmHg'), diastolic: whole(`${label} diastolic`, 30, 200, ' mmHg') });

const Check = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]{1,20}$/, { error: 'Check id must be 1-20 lower-case letters, digits or dashes' }),
  label: name('Check name', 40),
  when: z.enum(['pre-dose', 'timed'], { error: 'A check is pre-dose or timed' }),
  atMin: whole('Check time', 0, 600, ' min'),
  windowBeforeMin: whole('Window before', 0, 120, ' min'),
  windowAfterMin: whole('Window after', 0, 120, ' min').nullable(),
  measures: z.array(z.enum(ALL_MEASURES, { error: 'Unknown measure' })).min(1, { error: 'A check measures at least one thing' }).max(ALL_MEASURES.length),
});

export const ProtocolDraftSchema = z.strictObject({
  /** Absent for a new protocol; the id of the protocol a new version replaces. */
  id: z.string().regex(/^[a-z0-9-]{1,60}$/, { error: 'Protocol id must be lower-case letters, digits or dashes' }).optional(),
  /** The version the edit started from: refused if someone saved another version meanwhile. */
  version: z.number().int().positive().optional(),
  name: name('Protocol name', 60),
  drug: z.enum(['esketamine', 'ketamine'], { error: 'Drug must be esketamine or ketamine' }),
  dose: z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('spravato-devices'), devices: whole('Devices', 1, 3), mgPerDevice: whole('Mg per device', 1, 100, ' mg'), restBetweenDevicesMin: whole('Rest between devices', 0, 30, ' min') }),
    z.strictObject({ kind: z.literal('ketamine'), route: z.enum(['IV', 'IM', 'sublingual'], { error: 'Route must be IV, IM or sublingual' }) }),
  ]),
  minimumObservationMin: whole('Minimum observation', 30, 480, ' min'),
  minimumAfterInfusionEndMin: whole('Observation after the infusion ends', 0, 240, ' min').nullable(),
  checks: z.array(Check).min(1, { error: 'A protocol has at least the pre-dose check' }).max(20, { error: 'At most 20 checks' }),
  graceMin: whole('Grace before a check is overdue', 1, 60, ' min'),
  limits: z.strictObject({
    preDoseBp: Bp('Pre-dose limit'),
    postDoseBp: Bp('Post-dose limit'),
    crisisBp: Bp('Crisis limit'),
    dischargeBp: Bp('Discharge limit'),
    spo2High: whole('SpO2 danger level', 80, 99, '%'),
    spo2Medium: whole('SpO2 warning level', 81, 100, '%'),
  }),
  requiresTransportConfirmation: z.boolean(),
  asksSpravatoPreparation: z.boolean(),
  recoveryScore: z
    .strictObject({ scale: z.enum(RECOVERY_SCALE_NAMES, { error: 'Choose modified Aldrete or PADSS' }), requiredMin: whole('Required score', 0, 10).nullable() })
    .nullable(),
  remsApplies: z.boolean(),
});
export type ProtocolDraft = z.output<typeof ProtocolDraftSchema>;
