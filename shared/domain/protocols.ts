// Built-in observation protocols. The figures are the defaults from the clinic's domain notes
// (Spravato label and REMS, published ketamine practice); clinics edit them in settings later.
// A session keeps a copy of the protocol it started with, so editing a protocol never changes it.
import type { RecoveryScale } from './records';

export type Measure = 'bp' | 'spo2' | 'moaas' | 'dissociation';
export const ALL_MEASURES: readonly Measure[] = ['bp', 'spo2', 'moaas', 'dissociation'];

export interface BpLimit {
  systolic: number;
  diastolic: number;
}

export interface ScheduledCheck {
  id: string;
  label: string;
  /** 'pre-dose' checks happen before the anchor; 'timed' ones at `atMin` minutes after it. */
  when: 'pre-dose' | 'timed';
  atMin: number;
  /** How early a reading still counts for this check. */
  windowBeforeMin: number;
  /** When set, the check's window closes this many minutes after `atMin`; otherwise it stays open
   *  until the next check's window opens. */
  windowAfterMin: number | null;
  measures: Measure[];
}

export type DoseForm =
  | { kind: 'spravato-devices'; devices: number; mgPerDevice: number; restBetweenDevicesMin: number }
  | { kind: 'ketamine'; route: 'IV' | 'IM' | 'sublingual' };

export interface Protocol {
  id: string;
  /** Each saved change is a new version; a session keeps the version it started with. Absent in
   *  sessions started before protocols were versioned: those are version 1. */
  version?: number;
  name: string;
  drug: 'esketamine' | 'ketamine';
  dose: DoseForm;
  /** Minimum observation after the anchor (first device, or ketamine start). */
  minimumObservationMin: number;
  /** IV only: the observation also lasts at least this long after the infusion ends. */
  minimumAfterInfusionEndMin: number | null;
  checks: ScheduledCheck[];
  /** A check not recorded this long after it was due counts as overdue. */
  graceMin: number;
  limits: {
    /** A baseline above this needs a clinician's acknowledgment before dosing. */
    preDoseBp: BpLimit;
    postDoseBp: BpLimit;
    crisisBp: BpLimit;
    dischargeBp: BpLimit;
    spo2High: number;
    spo2Medium: number;
  };
  /** Spravato: someone else must drive the patient home, confirmed before the dose. */
  requiresTransportConfirmation: boolean;
  /** Spravato: fasting (food 2 h, liquids 30 min) and nasal steroid/decongestant timing are asked. */
  asksSpravatoPreparation: boolean;
  /** Ketamine: a recovery score offered on the session, and the total the discharge needs (null: recorded, not required).
   *  Absent in sessions started before scores existed. */
  recoveryScore?: { scale: RecoveryScale; requiredMin: number | null } | null;
  /** Spravato: the REMS monitoring form's facts are asked (when the station's REMS module is on). */
  remsApplies?: boolean;
}

/** Sessions stored before a protocol had the field say nothing: the REMS applies to esketamine. */
export function remsApplies(p: Protocol): boolean {
  return p.remsApplies ?? p.drug === 'esketamine';
}

const DEFAULT_LIMITS: Protocol['limits'] = {
  preDoseBp: { systolic: 140, diastolic: 90 },
  postDoseBp: { systolic: 160, diastolic: 100 },
  crisisBp: { systolic: 180, diastolic: 110 },
  dischargeBp: { systolic: 140, diastolic: 90 },
  spo2High: 92,
  spo2Medium: 94,
};

function preDoseCheck(measures: Measure[]): ScheduledCheck {
  return { id: 'pre-dose', label: 'Pre-dose', when: 'pre-dose', atMin: 0, windowBeforeMin: 0, windowAfterMin: null, measures };
}

function timedCheck(atMin: number, windowBeforeMin: number, windowAfterMin: number | null, label?: string): ScheduledCheck {
  return {
    id: `t${atMin}`,
    label: label ?? `${atMin} min`,
    when: 'timed',
    atMin,
    windowBeforeMin,
    windowAfterMin,
    measures: [...ALL_MEASURES],
  };
}

function spravato(id: string, devices: number): Protocol {
  return {
    id,
    name: `Spravato ${devices * 28} mg`,
    drug: 'esketamine',
    dose: { kind: 'spravato-devices', devices, mgPerDevice: 28, restBetweenDevicesMin: 5 },
    minimumObservationMin: 120,
    minimumAfterInfusionEndMin: null,
    checks: [
      preDoseCheck([...ALL_MEASURES]),
      // The concentration peak: "about 40 minutes", accepted from 30 to 50.
      timedCheck(40, 10, 10),
      timedCheck(110, 10, null, 'Pre-discharge'),
    ],
    graceMin: 5,
    limits: DEFAULT_LIMITS,
    requiresTransportConfirmation: true,
    asksSpravatoPreparation: true,
    recoveryScore: null,
    remsApplies: true,
  };
}

function ketamine(id: string, name: string, route: 'IV' | 'IM' | 'sublingual'): Protocol {
  return {
    id,
    name,
    drug: 'ketamine',
    dose: { kind: 'ketamine', route },
    minimumObservationMin: 120,
    minimumAfterInfusionEndMin: route === 'IV' ? 60 : null,
    checks: [preDoseCheck([...ALL_MEASURES]), ...[15, 30, 45, 60, 90, 120].map((m) => timedCheck(m, 5, null))],
    graceMin: 5,
    limits: DEFAULT_LIMITS,
    requiresTransportConfirmation: false,
    asksSpravatoPreparation: false,
    // After an infusion the modified Aldrete score is the usual gate; after IM or sublingual doses it
    // is recorded when the clinician wants it but does not hold the discharge.
    recoveryScore: { scale: 'aldrete', requiredMin: route === 'IV' ? 9 : null },
    remsApplies: false,
  };
}

export const BUILT_IN_PROTOCOLS: readonly Protocol[] = [
  spravato('spravato-56', 2),
  spravato('spravato-84', 3),
  ketamine('ketamine-iv', 'Ketamine IV', 'IV'),
  ketamine('ketamine-im', 'Ketamine IM', 'IM'),
  ketamine('ketamine-sl', 'Ketamine sublingual', 'sublingual'),
];
