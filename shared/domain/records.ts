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
  | { kind: 'entered-in-error'; entryId: number; reason: string };

export type EntryKind = EntryBody['kind'];

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
}

export const ENTRY_KIND_LABELS: Record<EntryKind, string> = {
  'pre-dose-confirmation': 'Pre-dose confirmation',
  observation: 'Check',
  'baseline-acknowledgment': 'Baseline BP acknowledged',
  'spravato-device': 'Spravato device',
  'ketamine-dose': 'Ketamine dose',
  'infusion-end': 'Infusion ended',
  'entered-in-error': 'Entered in error',
};
