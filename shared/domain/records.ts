// The clinical record of one session: a check-in, then an append-only list of entries, then a closure.
// Nothing is changed in place: a wrong entry is followed by an "entered in error" entry naming it.
import type { BloodPressure, Dissociation } from './vitals';
import type { Protocol } from './protocols';

export interface Patient {
  clinicId: string;
  name: string;
  birthDate: string | null;
}

export interface SessionRecord {
  id: string;
  chairId: string;
  patient: Patient;
  protocol: Protocol;
  checkedInAt: string;
  checkedInBy: string;
}

/** Where a reading came from when a device sent it. */
export interface DeviceSource {
  deviceId: string;
  deviceName: string;
  /** Identifies one measurement, so a re-sent or re-read result is stored once. */
  measurementKey: string;
  /** The device's own time stamp for the measurement, where it sends one. */
  deviceTime: string | null;
}

export type EntryBody =
  | {
      kind: 'pre-dose-confirmation';
      transportHome: boolean;
      fasting: boolean | null;
      nasalPreparation: boolean | null;
    }
  | {
      kind: 'observation';
      bp: BloodPressure | null;
      spo2: number | null;
      moaas: number | null;
      dissociation: Dissociation | null;
      /** Absent or null when typed in by hand. */
      source?: DeviceSource | null;
    }
  | { kind: 'baseline-acknowledgment'; observationId: number; clinician: string; note: string | null }
  | { kind: 'spravato-device'; lot: string }
  | {
      kind: 'ketamine-dose';
      route: 'IV' | 'IM' | 'sublingual';
      mg: number;
      lot: string;
      site: string | null;
      troches: number | null;
      rate: string | null;
    }
  | { kind: 'infusion-end' }
  | { kind: 'entered-in-error'; entryId: number; reason: string }
  /** Ketamine: a modified Aldrete or PADSS score, each component 0-2, total 0-10. */
  | { kind: 'recovery-score'; scale: RecoveryScale; components: Record<string, number>; total: number }
  /** Written by the station the first time every discharge criterion but the minimum time is met. */
  | { kind: 'ready-to-leave'; criteria: Array<{ label: string; evidence: string }> }
  /** Spravato REMS facts the monitoring form needs that the readings do not give; the latest standing one counts. */
  | ({ kind: 'rems-facts' } & RemsFacts)
  /** The REMS monitoring form for this session was sent. */
  | { kind: 'rems-form-submitted'; reference: string | null }
  /** A fact added after the session was closed. */
  | { kind: 'addendum'; text: string };

export type EntryKind = EntryBody['kind'];

export type RecoveryScale = 'aldrete' | 'padss';

export const CONCOMITANT_MEDICINES = [
  'benzodiazepines',
  'other-sedative-hypnotics',
  'opioids',
  'psychostimulants',
  'maois',
] as const;
export type ConcomitantMedicine = (typeof CONCOMITANT_MEDICINES)[number];

export interface RemsFacts {
  firstTreatment: boolean;
  remsEnrolled: boolean;
  /** Medicines taken that can cause sedation, dissociation, respiratory depression or a BP change. */
  concomitant: ConcomitantMedicine[];
  /** Respiratory depression seen by the staff (SpO2 alone does not prove it), with onset and resolution. */
  respiratoryDepression: { onsetAt: string; resolvedAt: string | null } | null;
  seriousAdverseEvents: string | null;
  monitoringProfessional: string;
  setting: string;
}

/** Entries that may be added to a closed session: facts that come later. */
export const ADDENDUM_KINDS: ReadonlySet<EntryKind> = new Set(['addendum', 'rems-facts', 'rems-form-submitted']);

export interface Entry {
  id: number;
  sessionId: string;
  /** When it happened clinically (a reading's measurement time, a device's administration time). */
  at: string;
  /** When it was saved. */
  recordedAt: string;
  by: string;
  body: EntryBody;
}

export interface Closure {
  sessionId: string;
  kind: 'discharged' | 'cancelled';
  at: string;
  by: string;
  clinician: string | null;
  note: string | null;
  /** A discharge with unmet criteria: each one the clinician named, as it stood, and why. */
  override?: { criteria: Array<{ id: string; label: string; evidence: string }>; reason: string } | null;
  /** The clinician account that signed the discharge off with its PIN. */
  signedOffBy?: { userId: string; name: string } | null;
}
