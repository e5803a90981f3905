// The one contract between the screen and the station core. Both transports (Electron IPC and the
// headless server's WebSocket) carry exactly these requests and events; docs/api.md is generated from here.
import { z } from 'zod';
import { RECORD_TEXT_PATTERN } from './record-text';
import { BloodPressureSchema, DissociationSchema, MoaasSchema, Spo2Schema } from '../domain/vitals';
import { DEVICE_PROTOCOL_NAMES } from '../domain/devices';
import { CONCOMITANT_MEDICINES } from '../domain/records';
import { RECOVERY_SCALE_NAMES } from '../domain/recovery-scores';
import { PIN_PATTERN, SIGN_IN_TOKEN_PATTERN, USER_ROLES } from '../domain/users';
import { REQUEST_NAMES } from './request-names';
import { ProtocolDraftSchema } from './protocol-schema';
import { PreferencesSchema } from './preferences-schema';
import type {
  AuditCheckView,
  ProtocolAdminView,
  SettingsImportReport,
  BoardView,
  ChairTimeDay,
  ExportFile,
  FormDueRow,
  SignInView,
  UsersStatusView,
  DevicesView,
  DeviceView,
  HistoryRow,
  PortView,
  ProtocolSummary,
  SessionView,
  StationSettingsView,
} from './views';

const text = (label: string, max: number) =>
  z
    .string({ error: `${label} is required` })
    .trim()
    .min(1, { error: `${label} is required` })
    .max(max, { error: `${label} must be at most ${max} characters` })
    // Control characters have no place in a clinical record and break exports.
    .regex(RECORD_TEXT_PATTERN, { error: `${label} contains characters that are not allowed` });

/** The person at the station who performs the action: the token their sign-in (users.signIn) gave.
 *  The station records the signed-in user's name; a name typed here is not accepted. */
const By = z
  .string({ error: 'Sign in at the station first' })
  .regex(SIGN_IN_TOKEN_PATTERN, { error: 'Sign in at the station first' });
const SessionId = z.string({ error: 'Session is required' }).uuid({ error: 'Session id is not valid' });
/** When it happened; omitted means now. */
const At = z.iso
  .datetime({ offset: true, error: 'Time must be an ISO 8601 date and time' })
  .optional();
const Lot = text('Lot number', 40);
const Pin = z.string({ error: 'PIN is required' }).regex(PIN_PATTERN, { error: 'PIN must be 4 to 8 digits' });
const UserId = z.string({ error: 'Choose a user' }).uuid({ error: 'Choose a user' });
/** A user confirming an action with their PIN. */
const SignedBy = z.strictObject({ userId: UserId, pin: Pin });
const Day = (label: string) => z.iso.date({ error: `${label} must be a date (YYYY-MM-DD)` });

const CheckInInput = z.strictObject({
  chairId: text('Chair', 40),
  patient: z.strictObject({
    clinicId: text('Patient ID', 40),
    name: text('Patient name or initials', 80),
    birthDate: z.iso.date({ error: 'Birth date must be a date (YYYY-MM-DD)' }).nullable().optional(),
  }),
  protocolId: text('Protocol', 60),
  by: By,
});

const ObservationInput = z
  .strictObject({
    sessionId: SessionId,
    at: At,
    bp: BloodPressureSchema.optional(),
    spo2: Spo2Schema.optional(),
    moaas: MoaasSchema.optional(),
    dissociation: DissociationSchema.optional(),
    by: By,
  })
  .refine((o) => o.bp || o.spo2 !== undefined || o.moaas !== undefined || o.dissociation, {
    error: 'Enter at least one value: blood pressure, SpO2, MOAA/S or dissociation',
  });

export interface RequestSpec<I extends z.ZodType, R> {
  input: I;
  /** Name of the result type in shared/api/views.ts, for the API document. */
  result: string;
  description: string;
  /** Compile-time carrier of the result type; never read at run time. */
  _result?: R;
}

/** request<Result>()(inputSchema, ...): the result type is named, the input type is inferred. */
function request<R>() {
  return <I extends z.ZodType>(input: I, result: string, description: string): RequestSpec<I, R> => ({
    input,
    result,
    description,
  });
}

const Empty = z.strictObject({});

export const REQUESTS = {
  'board.get': request<BoardView>()(Empty, 'BoardView', 'The chair board: every chair, free or with its session.'),
  'protocols.list': request<ProtocolSummary[]>()(Empty, 'ProtocolSummary[]', 'The protocols a patient can be checked in on.'),
  'protocols.all': request<ProtocolAdminView[]>()(Empty, 'ProtocolAdminView[]', 'Every protocol at its latest version, retired ones included, with who saved it and when.'),
  'protocols.save': request<ProtocolAdminView[]>()(
    z.strictObject({ protocol: ProtocolDraftSchema, by: By }),
    'ProtocolAdminView[]',
    'Saves a new protocol (without id) or a new version of one (with its id). Sessions already running or finished keep the version they started with.',
  ),
  'protocols.setRetired': request<ProtocolAdminView[]>()(
    z.strictObject({ protocolId: text('Protocol', 60), retired: z.boolean(), by: By }),
    'ProtocolAdminView[]',
    'Retires a protocol (no new check-ins on it) or brings it back.',
  ),
  'settings.get': request<StationSettingsView>()(Empty, 'StationSettingsView', 'The station settings the screen needs (chairs).'),
  'settings.setRemsModule': request<StationSettingsView>()(
    z.strictObject({ enabled: z.boolean({ error: 'Say whether the REMS module is on' }), by: By }),
    'StationSettingsView',
    'Switches the Spravato REMS module (facts, forms due) on or off. Recorded facts are kept either way.',
  ),
  'settings.update': request<StationSettingsView>()(
    z.strictObject({
      changes: z.strictObject({
        alarmPauseMinutes: z.number({ error: 'Audio pause must be a number of minutes' }).int({ error: 'Audio pause must be whole minutes' }).min(1, { error: 'Audio pause must be 1 to 5 min' }).max(5, { error: 'Audio pause must be 1 to 5 min' }).optional(),
        chairNames: z.array(z.strictObject({ chairId: text('Chair', 40), name: text('Chair name', 40) })).max(12).optional(),
        preferences: PreferencesSchema.partial().optional(),
      }),
      by: By,
    }),
    'StationSettingsView',
    'Changes the station preferences: chair names, audio pause length, alarm volume (HIGH alarms never below half volume), inactivity lock, PIN lockout, date and time format.',
  ),
  'settings.export': request<ExportFile>()(
    Empty,
    'ExportFile',
    'The station settings and protocols as one JSON file, to set up a second station the same way. Users and records are not included.',
  ),
  'settings.import': request<SettingsImportReport>()(
    z.strictObject({ content: z.string({ error: 'Choose a settings file' }).min(2, { error: 'The settings file is empty' }).max(2_000_000, { error: 'The settings file is too large' }), by: By }),
    'SettingsImportReport',
    'Applies a settings file made by settings.export. The whole file is checked first: if anything in it is wrong, nothing changes and the answer says what.',
  ),
  'settings.setChairCount': request<StationSettingsView>()(
    z.strictObject({
      count: z.number({ error: 'Number of chairs must be a number' }).int({ error: 'Number of chairs must be a whole number' }).min(1, { error: 'A station has 1 to 12 chairs' }).max(12, { error: 'A station has 1 to 12 chairs' }),
      by: By,
    }),
    'StationSettingsView',
    'Sets how many chairs the board shows (1-12). A chair with a patient in it cannot be removed.',
  ),
  'session.checkIn': request<SessionView>()(CheckInInput, 'SessionView', 'Checks a patient into a free chair on a protocol.'),
  'session.get': request<SessionView>()(
    z.strictObject({ sessionId: SessionId }),
    'SessionView',
    'One session in full, open or closed.',
  ),
  'session.confirmPreDose': request<SessionView>()(
    z.strictObject({
      sessionId: SessionId,
      transportHome: z.boolean({ error: 'Say whether someone else drives the patient home' }),
      fasting: z.boolean().nullable().optional(),
      nasalPreparation: z.boolean().nullable().optional(),
      by: By,
    }),
    'SessionView',
    'Records the pre-dose confirmations: transport home by someone else; for Spravato also fasting and nasal steroid/decongestant timing.',
  ),
  'session.recordObservation': request<SessionView>()(
    ObservationInput,
    'SessionView',
    'Records a check: any of blood pressure (with pulse), SpO2, MOAA/S and dissociation, taken now or at `at`.',
  ),
  'session.acknowledgeBaseline': request<SessionView>()(
    z.strictObject({
      sessionId: SessionId,
      observationId: z.number().int().positive(),
      /** The clinician confirming with their PIN. */
      signOff: SignedBy,
      note: text('Note', 500).nullable().optional(),
    }),
    'SessionView',
    'A clinician acknowledges an elevated pre-dose blood pressure so that dosing may go ahead.',
  ),
  'session.recordDevice': request<SessionView>()(
    z.strictObject({ sessionId: SessionId, at: At, lot: Lot, by: By }),
    'SessionView',
    'Spravato: records the next nasal spray device given (now or at `at`), with its lot number.',
  ),
  'session.recordKetamineDose': request<SessionView>()(
    z.strictObject({
      sessionId: SessionId,
      at: At,
      mg: z.number({ error: 'Dose must be a number of mg' }).positive({ error: 'Dose must be more than 0 mg' }).max(1000, { error: 'Dose must be at most 1000 mg' }),
      lot: Lot,
      site: text('Injection site', 60).nullable().optional(),
      troches: z.number({ error: 'Number of troches must be a number' }).int({ error: 'Number of troches must be a whole number' }).min(1, { error: 'Number of troches must be 1 to 10' }).max(10, { error: 'Number of troches must be 1 to 10' }).nullable().optional(),
      rate: text('Rate or duration', 60).nullable().optional(),
      by: By,
    }),
    'SessionView',
    'Ketamine: records the dose (IV: the infusion start), now or at `at`.',
  ),
  'session.recordInfusionEnd': request<SessionView>()(
    z.strictObject({ sessionId: SessionId, at: At, by: By }),
    'SessionView',
    'Ketamine IV: records when the infusion ended.',
  ),
  'session.markEnteredInError': request<SessionView>()(
    z.strictObject({ sessionId: SessionId, entryId: z.number().int().positive(), reason: text('Reason', 300), by: By }),
    'SessionView',
    'Marks an entry as entered in error. The entry stays in the record, struck through, with the reason.',
  ),
  'session.discharge': request<SessionView>()(
    z.strictObject({
      sessionId: SessionId,
      /** The clinician signing off, with their PIN. */
      signOff: SignedBy,
      note: text('Note', 1000).nullable().optional(),
      override: z
        .strictObject({
          criteria: z.array(z.string().min(1).max(40)).min(1, { error: 'Name each criterion that is not met' }).max(20),
          reason: text('Reason for the override', 1000),
        })
        .nullable()
        .optional(),
    }),
    'SessionView',
    'A clinician signs the discharge off with their PIN the patient when every discharge criterion is met, or overrides the unmet ones by naming each and giving a reason (never the minimum observation). The session becomes read-only and the chair is free.',
  ),
  'session.cancel': request<SessionView>()(
    z.strictObject({ sessionId: SessionId, reason: text('Reason', 300), by: By }),
    'SessionView',
    'Ends a session in which no dose was given (for example the patient was not dosed today). The chair is free.',
  ),
  'session.recordRecoveryScore': request<SessionView>()(
    z.strictObject({
      sessionId: SessionId,
      at: At,
      scale: z.enum(RECOVERY_SCALE_NAMES, { error: 'Choose modified Aldrete or PADSS' }),
      components: z.record(z.string().max(40), z.number({ error: 'Each component is scored 0, 1 or 2' }).int({ error: 'Each component is scored 0, 1 or 2' }).min(0, { error: 'Each component is scored 0, 1 or 2' }).max(2, { error: 'Each component is scored 0, 1 or 2' })),
      by: By,
    }),
    'SessionView',
    'Ketamine: records a modified Aldrete or PADSS score, every component 0-2 (total 0-10).',
  ),
  'session.recordRemsFacts': request<SessionView>()(
    z.strictObject({
      sessionId: SessionId,
      firstTreatment: z.boolean({ error: 'Say whether this is the first treatment' }),
      remsEnrolled: z.boolean({ error: 'Say whether the patient is enrolled in the REMS' }),
      concomitant: z.array(z.enum(CONCOMITANT_MEDICINES, { error: 'Unknown medicine group' })).max(CONCOMITANT_MEDICINES.length),
      respiratoryDepression: z
        .strictObject({ onsetAt: z.iso.datetime({ offset: true, error: 'Onset must be a date and time' }), resolvedAt: z.iso.datetime({ offset: true, error: 'Resolution must be a date and time' }).nullable() })
        .nullable(),
      seriousAdverseEvents: text('Serious adverse events', 1000).nullable(),
      monitoringProfessional: text('Monitoring professional', 80),
      setting: text('Setting', 80),
      by: By,
    }),
    'SessionView',
    'Spravato with the REMS module on: records the facts the REMS monitoring form needs beyond the readings. The latest standing record counts; allowed after discharge as an addendum.',
  ),
  'session.markRemsSubmitted': request<SessionView>()(
    z.strictObject({ sessionId: SessionId, reference: text('Reference', 80).nullable().optional(), by: By }),
    'SessionView',
    'Marks the REMS monitoring form of a discharged Spravato session as submitted; it leaves the forms-due list.',
  ),
  'session.addAddendum': request<SessionView>()(
    z.strictObject({ sessionId: SessionId, text: text('Addendum', 2000), by: By }),
    'SessionView',
    'Adds a fact to a closed session. The record itself stays as it was; the addendum is shown after it with who and when.',
  ),
  'history.list': request<HistoryRow[]>()(
    z
      .strictObject({
        patientClinicId: text('Patient ID', 40).optional(),
        patientName: text('Patient name', 80).optional(),
        from: Day('From').optional(),
        to: Day('To').optional(),
        protocolId: text('Protocol', 60).optional(),
        limit: z.number().int().min(1).max(500).optional(),
        by: By,
      })
      .refine((q) => !q.from || !q.to || q.from <= q.to, { error: 'From must be on or before To', path: ['to'] }),
    'HistoryRow[]',
    'Closed sessions, newest first: by patient ID (exact), name (part of it), check-in dates (station time, inclusive) and protocol.',
  ),
  'rems.formsDue': request<FormDueRow[]>()(
    z.strictObject({ by: By }),
    'FormDueRow[]',
    'Discharged Spravato sessions whose REMS monitoring form is not marked submitted, soonest deadline (7 days after discharge) first.',
  ),
  'reports.chairTime': request<ChairTimeDay[]>()(
    z
      .strictObject({ from: Day('From'), to: Day('To'), by: By })
      .refine((q) => q.from <= q.to, { error: 'From must be on or before To', path: ['to'] })
      .refine((q) => Date.parse(q.to) - Date.parse(q.from) <= 366 * 86_400_000, { error: 'A report covers at most one year', path: ['to'] }),
    'ChairTimeDay[]',
    'Per day (station time): discharged sessions, and the median and 90th percentile minutes from the dose to "ready to leave" and to the discharge.',
  ),
  'export.sessionCsv': request<ExportFile>()(
    z.strictObject({ sessionId: SessionId, by: By }),
    'ExportFile',
    'One session as CSV: a row per reading and rating, with session and patient columns and ISO 8601 times with the station\'s offset.',
  ),
  'export.sessionFhir': request<ExportFile>()(
    z.strictObject({ sessionId: SessionId, by: By }),
    'ExportFile',
    'One session as a FHIR R4 JSON Bundle: Patient (identifier only), Encounter, vital-sign Observations, scale scores and MedicationAdministrations.',
  ),
  'audit.verify': request<AuditCheckView>()(
    z.strictObject({ by: By }),
    'AuditCheckView',
    'Checks the audit trail\'s hash chain from its first row and names the first row that was changed, removed or inserted outside the station.',
  ),
  'users.status': request<UsersStatusView>()(Empty, 'UsersStatusView', 'Whether the station has been set up, and its users (names and roles; never PINs).'),
  'users.signIn': request<SignInView>()(
    z.strictObject({ userId: UserId, pin: Pin }),
    'SignInView',
    'A user signs in at the station with their PIN. The token it gives is the `by` of every request that changes something; it ends when the user signs out or after the inactivity lock time without a request.',
  ),
  'users.signOut': request<UsersStatusView>()(
    z.strictObject({ token: z.string().max(100) }),
    'UsersStatusView',
    'Ends a sign-in (switching user, or the screen locking itself). Timers, alarms and sound go on.',
  ),
  'users.setUp': request<UsersStatusView>()(
    z.strictObject({ name: text('Your name', 80), pin: Pin }),
    'UsersStatusView',
    'First start only: creates the admin account. Refused once any user exists.',
  ),
  'users.add': request<UsersStatusView>()(
    z.strictObject({
      name: text('Name', 80),
      role: z.enum(USER_ROLES, { error: 'Choose nurse, clinician or admin' }),
      pin: Pin,
      admin: SignedBy,
    }),
    'UsersStatusView',
    'An admin (confirming with their PIN) adds a user with a role and a PIN.',
  ),
  'alarms.acknowledge': request<BoardView>()(
    z.strictObject({ alarmId: z.string().uuid({ error: 'Alarm id is not valid' }), by: By }),
    'BoardView',
    'Acknowledges an active alarm in the name of the person at the station. It stops sounding; it stays listed until its condition clears, and is raised again if the condition gets worse.',
  ),
  'alarms.pauseAudio': request<BoardView>()(
    z.strictObject({ by: By }),
    'BoardView',
    'Pauses alarm sound for the room for the configured time (default 2 min). Sound re-arms by itself; a new HIGH alarm ends the pause.',
  ),
  'alarms.resumeAudio': request<BoardView>()(
    z.strictObject({ by: By }),
    'BoardView',
    'Ends an audio pause now.',
  ),
  'devices.list': request<DevicesView>()(Empty, 'DevicesView', 'The configured BP monitors with their state, and the protocols the station speaks.'),
  'devices.ports': request<PortView[]>()(Empty, 'PortView[]', 'The serial ports found on this PC, with USB vendor, product and serial number where known.'),
  'devices.save': request<DevicesView>()(
    z.strictObject({
      device: z.strictObject({
        id: z.string().min(1).max(60).optional(),
        name: text('Monitor name', 40),
        protocol: z.enum(DEVICE_PROTOCOL_NAMES, { error: 'Choose the monitor\'s protocol' }),
        path: text('Port', 200),
        baudRate: z.number({ error: 'Baud rate must be a number' }).int({ error: 'Baud rate must be a whole number' }).refine((b) => [1200, 2400, 4800, 9600, 19200, 38400, 57600, 115200].includes(b), { error: 'Baud rate must be one of 1200, 2400, 4800, 9600, 19200, 38400, 57600, 115200' }),
        usb: z
          .strictObject({ vendorId: z.string().max(10).nullable(), productId: z.string().max(10).nullable(), serialNumber: z.string().max(80).nullable() })
          .nullable(),
        chairId: z.string().min(1).max(40).nullable(),
        measureScheduledChecks: z.boolean(),
      }),
      by: By,
    }),
    'DevicesView',
    'Adds a BP monitor (without id) or changes one (with its id). chairId null makes it a monitor shared between chairs.',
  ),
  'devices.remove': request<DevicesView>()(
    z.strictObject({ deviceId: z.string().min(1).max(60), by: By }),
    'DevicesView',
    'Removes a BP monitor from the station.',
  ),
  'devices.measureNow': request<DeviceView>()(
    z.strictObject({ chairId: text('Chair', 40), by: By }),
    'DeviceView',
    'Starts a blood pressure measurement on the monitor serving the chair (its own, or the shared one). The reading arrives as a check labelled with the device.',
  ),
  'clock.advance': request<BoardView>()(
    z.strictObject({ minutes: z.number().min(0).max(24 * 60) }),
    'BoardView',
    'Test clock only (`npm run serve -- --test-clock`): moves the station clock forward. Refused otherwise.',
  ),
} as const;

export type RequestName = keyof typeof REQUESTS;
export type RequestInput<K extends RequestName> = z.input<(typeof REQUESTS)[K]['input']>;
export type ParsedInput<K extends RequestName> = z.output<(typeof REQUESTS)[K]['input']>;
export type RequestResult<K extends RequestName> = NonNullable<(typeof REQUESTS)[K]['_result']>;

// Both lists name the same requests: a name added to one and not the other fails to compile.
type ListedName = (typeof REQUEST_NAMES)[number];
type SameNames = [ListedName] extends [RequestName] ? ([RequestName] extends [ListedName] ? true : false) : false;
const namesAgree: SameNames = true;
void namesAgree;
export { REQUEST_NAMES };

export interface EventPayloads {
  /** The whole board, every second and after every change. */
  board: BoardView;
  /** A session's record changed; fetch it again with session.get if it is open on screen. */
  session: { sessionId: string };
  /** The BP monitors changed state (connected, measuring with cuff pressure, a result, unplugged). */
  devices: DevicesView;
}
export type EventName = keyof EventPayloads;
export const EVENT_DESCRIPTIONS: Record<EventName, { payload: string; description: string }> = {
  board: { payload: 'BoardView', description: 'The whole board, sent every second and after every change.' },
  session: { payload: '{ sessionId: string }', description: 'A session changed; fetch it again with session.get if it is on screen.' },
  devices: { payload: 'DevicesView', description: 'A BP monitor changed state: connected, measuring (with cuff pressure), a result, unplugged.' },
};

export type ErrorCode = 'invalid-input' | 'not-found' | 'not-allowed' | 'signed-out' | 'unknown-request' | 'internal';
export interface ApiError {
  code: ErrorCode;
  message: string;
  /** For invalid input: which field and what is wrong with it. */
  issues?: Array<{ path: string; message: string }>;
}
export type ApiResponse<R> = { ok: true; result: R } | { ok: false; error: ApiError };

/** The typed object the renderer talks to, whichever transport carries it. */
export type StationApi = {
  [K in RequestName]: (input: RequestInput<K>) => Promise<RequestResult<K>>;
} & {
  on<E extends EventName>(event: E, listener: (payload: EventPayloads[E]) => void): () => void;
};
