// What the core sends to the screen. Every value here is computed by the core; the renderer only shows it.
// Times are ISO 8601 strings (UTC); durations are milliseconds.
import type { Measure, Protocol } from '../domain/protocols';
import type { CheckState, Phase } from '../domain/observation';
import type { Closure, EntryBody, Patient } from '../domain/records';
import type { BloodPressure, Dissociation } from '../domain/vitals';

export interface TimerView {
  anchorAt: string | null;
  elapsedMs: number | null;
  minimumEndsAt: string | null;
  remainingMs: number | null;
  minimumReached: boolean;
  pending: string | null;
}

export interface CheckView {
  id: string;
  label: string;
  dueAt: string | null;
  overdueAt: string | null;
  state: CheckState;
  doneAt: string | null;
  measures: Measure[];
  missing: Measure[];
}

export interface Dated<T> {
  value: T;
  at: string;
}

export interface LatestValues {
  bp: (Dated<BloodPressure> & { trend: 'up' | 'down' | 'same' | null }) | null;
  spo2: Dated<number> | null;
  moaas: Dated<number> | null;
  dissociation: Dated<Dissociation> | null;
}

export interface SessionSummary {
  sessionId: string;
  chairId: string;
  patient: Patient;
  protocolId: string;
  protocolName: string;
  phase: Phase;
  timer: TimerView;
  checks: CheckView[];
  /** The first scheduled check that is neither done nor missed. */
  nextCheck: CheckView | null;
  latest: LatestValues;
  /** Short statements a nurse must act on (what blocks the dose, overdue checks). */
  attention: string[];
}

export interface ChairTile {
  chairId: string;
  chairName: string;
  session: SessionSummary | null;
}

export interface BoardView {
  now: string;
  testClock: boolean;
  chairs: ChairTile[];
}

export interface EntryView {
  id: number;
  at: string;
  recordedAt: string;
  by: string;
  body: EntryBody;
  enteredInError: { reason: string; by: string; at: string } | null;
}

export interface SessionView extends SessionSummary {
  chairName: string;
  protocol: Protocol;
  checkedInAt: string;
  checkedInBy: string;
  preDose: {
    transportHome: boolean | null;
    fasting: boolean | null;
    nasalPreparation: boolean | null;
    baselineBp: (Dated<BloodPressure> & { entryId: number }) | null;
    baselineSpo2: Dated<number> | null;
    baselineElevated: boolean;
    acknowledgment: { clinician: string; at: string } | null;
  };
  /** Why the dose cannot be recorded yet; empty when it can. */
  doseBlockers: string[];
  nextDevice: { number: number; of: number; allowedAt: string | null } | null;
  devices: Array<{ number: number; at: string; lot: string }>;
  ketamineDose: { at: string; mg: number; route: string; lot: string } | null;
  infusionEndAt: string | null;
  entries: EntryView[];
  discharge: { allowed: boolean; reasons: string[] };
  closure: Closure | null;
  readOnly: boolean;
}

export interface ProtocolSummary {
  id: string;
  name: string;
  drug: Protocol['drug'];
  doseKind: Protocol['dose']['kind'];
  route: 'intranasal' | 'IV' | 'IM' | 'sublingual';
  minimumObservationMin: number;
  requiresTransportConfirmation: boolean;
}

export interface HistoryRow {
  sessionId: string;
  chairName: string;
  patient: Patient;
  protocolName: string;
  checkedInAt: string;
  closure: Closure;
}

export interface StationSettingsView {
  chairs: Array<{ id: string; name: string }>;
}
