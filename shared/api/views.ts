// What the core sends to the screen. Every value here is computed by the core; the renderer only shows it.
// Times are ISO 8601 strings (UTC); durations are milliseconds.
import type { Measure, Protocol } from '../domain/protocols';
import type { CheckState, Phase } from '../domain/observation';
import type { Closure, EntryBody, Patient, RecoveryScale, RemsFacts } from '../domain/records';
import type { UserRole } from '../domain/users';
import type { StationPreferences } from '../domain/station-preferences';
import type { BloodPressure, Dissociation } from '../domain/vitals';
import type { AlarmCategory, AlarmPriority } from '../domain/alarm-types';
import type { DeviceConfig, DeviceProtocolName } from '../domain/devices';
import type { DischargeAvailability } from '../domain/discharge';

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
  /** Short statements a nurse must act on (what blocks the dose, overdue and missed checks), less
   *  what the tile shows on its own (the next check, the timer's pending reason). */
  attention: string[];
  /** How the tile stands apart when no alarm colours it: a check overdue, a check due, the minimum
   *  observation reached, or nothing to note. */
  tone: 'overdue' | 'due' | 'ready' | 'normal';
  /** The highest priority among this session's active alarms, for the tile's colour. */
  highestAlarm: AlarmPriority | null;
  /** When every discharge criterion but the minimum time was first met (the REMS form's "ready to
   *  leave without the 2-hour rule"), as recorded by the station. */
  readyToLeave: { at: string; afterMin: number } | null;
}

export type DeviceState = 'connecting' | 'connected' | 'measuring' | 'disconnected' | 'error';

export interface DeviceView extends DeviceConfig {
  protocolLabel: string;
  canStartMeasurement: boolean;
  state: DeviceState;
  /** When the state began (e.g. "disconnected since"). */
  since: string;
  /** The device's own words for an error, or what happened last, in plain words. */
  detail: string | null;
  /** The port it is on now (it may have moved, found by its USB identity). */
  currentPath: string;
  /** Cuff pressure while inflating, where the protocol reports it. */
  cuffPressure: number | null;
  /** The chair the measurement under way is for. */
  measuringForChairId: string | null;
  /** The last measurement's outcome and the chair it was for (null when no chair was chosen). */
  lastResult: { kind: 'reading' | 'failed' | 'discarded'; text: string; at: string; chairId: string | null } | null;
}

export interface PortView {
  path: string;
  vendorId: string | null;
  productId: string | null;
  serialNumber: string | null;
  manufacturer: string | null;
}

export interface DevicesView {
  devices: DeviceView[];
  protocols: Array<{ name: DeviceProtocolName; label: string; defaultBaud: number; canStartMeasurement: boolean }>;
}

export interface ChairTile {
  chairId: string;
  chairName: string;
  session: SessionSummary | null;
  /** The BP monitor that serves this chair (its own, or a shared one), if any. */
  monitor: DeviceView | null;
}

export interface AlarmView {
  alarmId: string;
  sessionId: string;
  chairId: string;
  chairName: string;
  patientName: string;
  /** The condition's key, e.g. 'bp-crisis', 'spo2', 'sedation', 'check-overdue:t40', 'observation-complete'. */
  condition: string;
  category: AlarmCategory;
  priority: AlarmPriority;
  message: string;
  raisedAt: string;
  acknowledged: { by: string; at: string } | null;
  resolvedAt: string | null;
}

export interface AlarmAudioView {
  /** What the room should hear now: the highest priority among active, unacknowledged alarms,
   *  or null when nothing should sound or the audio is paused. */
  sounding: AlarmPriority | null;
  /** Set while a nurse has paused the audio; it re-arms by itself at this time. */
  pausedUntil: string | null;
  pausedBy: string | null;
  /** How long a pause lasts (minutes), from the settings. */
  pauseMinutes: number;
}

export interface BoardView {
  now: string;
  testClock: boolean;
  chairs: ChairTile[];
  /** Every active alarm in the room: highest priority first, oldest first within a priority. */
  alarms: AlarmView[];
  audio: AlarmAudioView;
  /** What the station must tell the room about itself (storage, backups, settings, clock). */
  notices: StationNotice[];
}

export interface StationNotice {
  id: string;
  /** 'error': something is not working now (records cannot be saved); 'warning': worth knowing. */
  level: 'error' | 'warning';
  text: string;
  since: string;
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
  /** Every discharge criterion with its evidence; `overridable` when a clinician may override the unmet ones. */
  discharge: DischargeAvailability;
  closure: Closure | null;
  readOnly: boolean;
  /** Every alarm of this session, active and resolved, newest first. */
  alarmHistory: AlarmView[];
  /** Ketamine: the latest standing modified Aldrete or PADSS score. */
  recoveryScore: { scale: RecoveryScale; total: number; components: Record<string, number>; at: string; by: string } | null;
  /** Everything that happened, in time order, with who and when. */
  timeline: TimelineItem[];
  /** Spravato sessions while the REMS module is on; otherwise null. */
  rems: RemsView | null;
}

export interface TimelineItem {
  at: string;
  kind:
    | 'check-in'
    | 'entry'
    | 'alarm-raised'
    | 'alarm-acknowledged'
    | 'alarm-resolved'
    | 'ready-to-leave'
    | 'discharge'
    | 'override'
    | 'cancel'
    | 'addendum';
  /** The entry it shows, when it shows one. */
  entryId: number | null;
  title: string;
  detail: string | null;
  by: string | null;
  /** Marked entered in error: shown struck through with the reason. */
  struck: { reason: string; by: string; at: string } | null;
}

/** A stretch of time during which a sign was present, from the readings. */
export interface Episode {
  onsetAt: string;
  /** Null while it has not resolved in the record. */
  resolvedAt: string | null;
  worst: string;
}

export interface RemsView {
  facts: (RemsFacts & { recordedAt: string; by: string }) | null;
  /** What the readings say, for the form: never typed twice. */
  fromReadings: {
    doseMg: number | null;
    lots: string[];
    firstDeviceAt: string | null;
    /** From the first device to the end of monitoring (the discharge), or so far. */
    monitoringMin: number | null;
    readyAfterMin: number | null;
    bpBeforeDosing: string | null;
    bpAt40: string | null;
    bpBeforeCompletion: string | null;
    sedation: Episode[];
    dissociation: Episode[];
    lowSpo2: Episode[];
    pulseOximetryChecks: number;
  };
  form: { dueAt: string; daysLeft: number; overdue: boolean; submitted: { at: string; by: string; reference: string | null } | null } | null;
}

export interface FormDueRow {
  sessionId: string;
  patient: Patient;
  protocolName: string;
  dischargedAt: string;
  dueAt: string;
  /** Whole days left before the 7-day deadline; negative once overdue. */
  daysLeft: number;
  overdue: boolean;
  /** Facts the form needs that are still missing from the record. */
  missing: string[];
}

export interface ChairTimeDay {
  /** The clinic's local date, YYYY-MM-DD. */
  date: string;
  sessions: number;
  toReadyMin: { median: number | null; p90: number | null; count: number };
  toDischargeMin: { median: number | null; p90: number | null; count: number };
}

export interface UserView {
  userId: string;
  name: string;
  role: UserRole;
  locked: boolean;
}

export interface UsersStatusView {
  /** False until the first admin account is made at the setup screen. */
  setUp: boolean;
  users: UserView[];
}

export interface ExportFile {
  fileName: string;
  mimeType: string;
  content: string;
}

export interface ProtocolSummary {
  id: string;
  version: number;
  name: string;
  drug: Protocol['drug'];
  doseKind: Protocol['dose']['kind'];
  route: 'intranasal' | 'IV' | 'IM' | 'sublingual';
  minimumObservationMin: number;
  requiresTransportConfirmation: boolean;
}

export interface HistoryRow {
  sessionId: string;
  protocolId: string;
  chairName: string;
  patient: Patient;
  protocolName: string;
  checkedInAt: string;
  closure: Closure;
}

export interface StationSettingsView {
  chairs: Array<{ id: string; name: string }>;
  /** Spravato REMS facts and the forms-due list. */
  remsModule: boolean;
  /** How long "pause alarm sound" lasts (1-5 min). */
  alarmPauseMinutes: number;
  preferences: StationPreferences;
}

export interface SettingsImportReport {
  settings: StationSettingsView;
  /** Protocols added or saved as a new version by the import. */
  protocolsChanged: string[];
  devicesImported: number;
}

export type AuditCheckView =
  | { ok: true; rows: number }
  | { ok: false; rows: number; firstBroken: { id: number; at: string; reason: string } };

export interface ProtocolAdminView {
  /** The latest version. */
  protocol: Protocol;
  /** Retired protocols take no new check-ins; sessions already on them are unchanged. */
  retired: boolean;
  savedAt: string;
  savedBy: string;
}

export interface SignInView {
  /** Goes in `by` of every request that changes something, until sign-out or the inactivity lock. */
  token: string;
  user: UserView;
  /** The screen locks itself after this many minutes without a touch. */
  lockAfterMinutes: number;
}
