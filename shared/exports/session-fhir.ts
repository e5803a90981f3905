// One session as a FHIR R4 collection Bundle: the patient (identifier only), the encounter, the
// readings as vital-signs Observations, the ratings as survey Observations and the doses as
// MedicationAdministrations. Struck entries are exported with status entered-in-error, as the record
// keeps them, so a receiving system can retract what it may already hold.
// The same session always exports to the same bytes: every id is derived from the session id and the
// entry id, and no clock is read.
import type {
  Annotation,
  Bundle,
  BundleEntry,
  CodeableConcept,
  Coding,
  Encounter,
  MedicationAdministration,
  Observation,
  ObservationComponent,
  Patient,
  Quantity,
  Reference,
  Resource,
} from '@medplum/fhirtypes';
import type { EntryView, SessionView } from '../api/views';
import type { EntryBody } from '../domain/records';
import { RECOVERY_SCALES } from '../domain/recovery-scores';
import { isoWithOffset } from '../format/iso-offset';

export const PATIENT_ID_SYSTEM = 'urn:observation-station:patient-id';
export const SESSION_ID_SYSTEM = 'urn:observation-station:session-id';

const LOINC = 'http://loinc.org';
const UCUM = 'http://unitsofmeasure.org';
const SNOMED = 'http://snomed.info/sct';
const OBSERVATION_CATEGORY = 'http://terminology.hl7.org/CodeSystem/observation-category';
const ACT_CODE = 'http://terminology.hl7.org/CodeSystem/v3-ActCode';

export const PROFILES = {
  vitalSigns: 'http://hl7.org/fhir/StructureDefinition/vitalsigns',
  bloodPressure: 'http://hl7.org/fhir/StructureDefinition/bp',
  heartRate: 'http://hl7.org/fhir/StructureDefinition/heartrate',
  oxygenSaturation: 'http://hl7.org/fhir/StructureDefinition/oxygensat',
} as const;

/** Esketamine's label dose per nasal spray device, for sessions whose protocol does not say. */
const DEFAULT_MG_PER_DEVICE = 28;

type Route = 'intranasal' | 'IV' | 'IM' | 'sublingual';

const ROUTES: Record<Route, CodeableConcept> = {
  intranasal: { coding: [{ system: SNOMED, code: '46713006', display: 'Nasal route' }], text: 'Intranasal' },
  IV: { coding: [{ system: SNOMED, code: '47625008', display: 'Intravenous route' }], text: 'IV' },
  IM: { coding: [{ system: SNOMED, code: '78421000', display: 'Intramuscular route' }], text: 'IM' },
  sublingual: { coding: [{ system: SNOMED, code: '37839007', display: 'Sublingual route' }], text: 'Sublingual' },
};

// ---------------------------------------------------------------------------------------------
// Stable ids

/** cyrb128: four 32-bit lanes of a small non-cryptographic string hash (public domain, by bryc). */
function hash128(text: string): [number, number, number, number] {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let i = 0; i < text.length; i++) {
    const k = text.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}

/**
 * A UUID-shaped id that is always the same for the same name. It is marked version 8 (RFC 9562's
 * "custom" layout) because it is neither random (v4) nor SHA-1 based (v5). Uniqueness only has to
 * hold among the few dozen resources of one bundle; the hash is not meant to resist anyone.
 */
export function stableUuid(name: string): string {
  const hex = hash128(name)
    .map((lane) => lane.toString(16).padStart(8, '0'))
    .join('');
  const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

// ---------------------------------------------------------------------------------------------
// Small FHIR pieces

function loinc(code: string, display: string): Coding {
  return { system: LOINC, code, display };
}

function category(code: 'vital-signs' | 'survey', display: string): CodeableConcept[] {
  return [{ coding: [{ system: OBSERVATION_CATEGORY, code, display }], text: display }];
}

function ucum(value: number, unit: string, code: string): Quantity {
  return { value, unit, system: UCUM, code };
}

// ---------------------------------------------------------------------------------------------
// The export

interface ExportContext {
  view: SessionView;
  /** An ISO time from the view, in the station's local time with its offset. */
  localTime(iso: string): string;
  /** The stable id of one resource of this session, named by `key`. */
  idFor(key: string): string;
  patient: Reference<Patient>;
  encounter: Reference<Encounter>;
}

function urn(id: string): string {
  return `urn:uuid:${id}`;
}

function contextFor(view: SessionView, offsetMinutesAt: (ms: number) => number): ExportContext {
  const idFor = (key: string) => stableUuid(`${view.sessionId}/${key}`);
  return {
    view,
    localTime: (iso) => {
      const ms = Date.parse(iso);
      return isoWithOffset(ms, offsetMinutesAt(ms));
    },
    idFor,
    patient: { reference: urn(idFor('patient')) },
    encounter: { reference: urn(idFor('encounter')) },
  };
}

// Data minimisation: the receiving system matches the patient on the clinic's own id. Name and
// birth date add nothing it needs and would travel with every copy of the file.
function patientResource(ctx: ExportContext): Patient {
  return {
    resourceType: 'Patient',
    id: ctx.idFor('patient'),
    identifier: [{ system: PATIENT_ID_SYSTEM, value: ctx.view.patient.clinicId }],
  };
}

function encounterStatus(view: SessionView): Encounter['status'] {
  if (!view.closure) return 'in-progress';
  return view.closure.kind === 'discharged' ? 'finished' : 'cancelled';
}

function encounterResource(ctx: ExportContext): Encounter {
  const { view } = ctx;
  return {
    resourceType: 'Encounter',
    id: ctx.idFor('encounter'),
    identifier: [{ system: SESSION_ID_SYSTEM, value: view.sessionId }],
    status: encounterStatus(view),
    class: { system: ACT_CODE, code: 'AMB', display: 'ambulatory' },
    type: [{ text: view.protocolName }],
    subject: ctx.patient,
    period: {
      start: ctx.localTime(view.checkedInAt),
      ...(view.closure ? { end: ctx.localTime(view.closure.at) } : {}),
    },
    location: [{ location: { display: view.chairName } }],
  };
}

function correctionNotes(ctx: ExportContext, entry: EntryView): Annotation[] {
  const error = entry.enteredInError;
  if (!error) return [];
  return [{ authorString: error.by, time: ctx.localTime(error.at), text: `Entered in error: ${error.reason}` }];
}

function deviceNameOf(entry: EntryView): string | null {
  return entry.body.kind === 'observation' && entry.body.source ? entry.body.source.deviceName : null;
}

/** What every Observation of one entry shares: who, when, for whom, and whether it stands. */
function observationBase(ctx: ExportContext, entry: EntryView, key: string, profiles: string[] = []): Omit<Observation, 'code'> {
  const deviceName = deviceNameOf(entry);
  const notes = correctionNotes(ctx, entry);
  return {
    resourceType: 'Observation',
    id: ctx.idFor(`entry-${entry.id}-${key}`),
    ...(profiles.length > 0 ? { meta: { profile: profiles } } : {}),
    status: entry.enteredInError ? 'entered-in-error' : 'final',
    subject: ctx.patient,
    encounter: ctx.encounter,
    effectiveDateTime: ctx.localTime(entry.at),
    issued: ctx.localTime(entry.recordedAt),
    // A monitor's reading is signed in the record as "BP monitor <name>": that is the device, not a performer.
    ...(deviceName ? { device: { display: deviceName } } : { performer: [{ display: entry.by }] }),
    ...(notes.length > 0 ? { note: notes } : {}),
  };
}

function vitalSign(ctx: ExportContext, entry: EntryView, key: string, profile: string): Omit<Observation, 'code'> {
  return {
    ...observationBase(ctx, entry, key, [PROFILES.vitalSigns, profile]),
    category: category('vital-signs', 'Vital Signs'),
  };
}

type ObservationBody = Extract<EntryBody, { kind: 'observation' }>;
type BloodPressure = NonNullable<ObservationBody['bp']>;

function bloodPressureObservation(ctx: ExportContext, entry: EntryView, bp: BloodPressure): Observation {
  const component = (coding: Coding, value: number): ObservationComponent => ({
    code: { coding: [coding], text: coding.display },
    valueQuantity: ucum(value, 'mmHg', 'mm[Hg]'),
  });
  return {
    ...vitalSign(ctx, entry, 'bp', PROFILES.bloodPressure),
    code: { coding: [loinc('85354-9', 'Blood pressure panel with all children optional')], text: 'Blood pressure' },
    component: [
      component(loinc('8480-6', 'Systolic blood pressure'), bp.systolic),
      component(loinc('8462-4', 'Diastolic blood pressure'), bp.diastolic),
    ],
  };
}

function heartRateObservation(ctx: ExportContext, entry: EntryView, pulse: number): Observation {
  return {
    ...vitalSign(ctx, entry, 'heart-rate', PROFILES.heartRate),
    code: { coding: [loinc('8867-4', 'Heart rate')], text: 'Pulse' },
    valueQuantity: ucum(pulse, 'beats/minute', '/min'),
  };
}

function oxygenSaturationObservation(ctx: ExportContext, entry: EntryView, spo2: number): Observation {
  return {
    ...vitalSign(ctx, entry, 'spo2', PROFILES.oxygenSaturation),
    code: {
      // 59408-5 says how it was measured (pulse oximetry); the R4 oxygensat profile requires 2708-6 as well.
      coding: [
        loinc('59408-5', 'Oxygen saturation in Arterial blood by Pulse oximetry'),
        loinc('2708-6', 'Oxygen saturation in Arterial blood'),
      ],
      text: 'SpO2',
    },
    valueQuantity: ucum(spo2, '%', '%'),
  };
}

/** No LOINC code fits these clinical rating scales as used here: the code is their name. */
function scaleObservation(ctx: ExportContext, entry: EntryView, key: string, name: string): Observation {
  return { ...observationBase(ctx, entry, key), category: category('survey', 'Survey'), code: { text: name } };
}

function observationResources(ctx: ExportContext, entry: EntryView, body: ObservationBody): Observation[] {
  const out: Observation[] = [];
  if (body.bp) {
    out.push(bloodPressureObservation(ctx, entry, body.bp));
    if (body.bp.pulse !== undefined) out.push(heartRateObservation(ctx, entry, body.bp.pulse));
  }
  if (body.spo2 !== null) out.push(oxygenSaturationObservation(ctx, entry, body.spo2));
  if (body.moaas !== null) {
    out.push({ ...scaleObservation(ctx, entry, 'moaas', 'MOAA/S sedation score'), valueInteger: body.moaas });
  }
  if (body.dissociation) {
    out.push({ ...scaleObservation(ctx, entry, 'dissociation', 'Dissociation, global clinical rating'), valueString: body.dissociation.global });
    if (body.dissociation.cadssTotal !== undefined) {
      out.push({ ...scaleObservation(ctx, entry, 'cadss', 'CADSS total score'), valueInteger: body.dissociation.cadssTotal });
    }
  }
  return out;
}

type RecoveryBody = Extract<EntryBody, { kind: 'recovery-score' }>;

function recoveryScoreObservation(ctx: ExportContext, entry: EntryView, body: RecoveryBody): Observation {
  const scale = RECOVERY_SCALES[body.scale];
  // The scale's own order, then anything the scale no longer names, so no recorded value is dropped.
  const known = scale.components.filter((c) => body.components[c.id] !== undefined);
  const unknown = Object.keys(body.components).filter((id) => !scale.components.some((c) => c.id === id));
  const component: ObservationComponent[] = [
    ...known.map((c) => ({ code: { text: c.label }, valueInteger: body.components[c.id] })),
    ...unknown.map((id) => ({ code: { text: id }, valueInteger: body.components[id] })),
  ];
  return { ...scaleObservation(ctx, entry, 'recovery-score', `${scale.label} score`), valueInteger: body.total, component };
}

type Effective = Pick<MedicationAdministration, 'effectiveDateTime' | 'effectivePeriod'>;

/** Who gave it, when, and whether it stands; R4 has no lot number field, so the lot goes in a note. */
function administrationBase(
  ctx: ExportContext,
  entry: EntryView,
  lot: string,
  effective: Effective,
): Omit<MedicationAdministration, 'medicationCodeableConcept'> {
  return {
    resourceType: 'MedicationAdministration',
    id: ctx.idFor(`entry-${entry.id}-dose`),
    status: entry.enteredInError ? 'entered-in-error' : 'completed',
    subject: ctx.patient,
    context: ctx.encounter,
    ...effective,
    performer: [{ actor: { display: entry.by } }],
    note: [{ text: `Lot ${lot}` }, ...correctionNotes(ctx, entry)],
  };
}

function mgPerDevice(view: SessionView): number {
  return view.protocol.dose.kind === 'spravato-devices' ? view.protocol.dose.mgPerDevice : DEFAULT_MG_PER_DEVICE;
}

function spravatoDeviceAdministration(ctx: ExportContext, entry: EntryView, lot: string): MedicationAdministration {
  const mg = mgPerDevice(ctx.view);
  return {
    ...administrationBase(ctx, entry, lot, { effectiveDateTime: ctx.localTime(entry.at) }),
    medicationCodeableConcept: { text: `Esketamine ${mg} mg nasal spray device (Spravato)` },
    dosage: { text: `${mg} mg intranasal, one device`, route: ROUTES.intranasal, dose: ucum(mg, 'mg', 'mg') },
  };
}

type KetamineBody = Extract<EntryBody, { kind: 'ketamine-dose' }>;

function ketamineDoseText(body: KetamineBody): string {
  const details = [
    body.site,
    body.troches !== null ? `${body.troches} troche${body.troches === 1 ? '' : 's'}` : null,
    body.rate,
  ].filter((d): d is string => d !== null);
  return [`${body.mg} mg ${body.route}`, ...details].join(', ');
}

/** An infusion with a recorded end is a period, not a moment. */
function ketamineEffective(ctx: ExportContext, entry: EntryView, body: KetamineBody): Effective {
  const start = ctx.localTime(entry.at);
  const infusionEnd = body.route === 'IV' && !entry.enteredInError ? ctx.view.infusionEndAt : null;
  return infusionEnd ? { effectivePeriod: { start, end: ctx.localTime(infusionEnd) } } : { effectiveDateTime: start };
}

function ketamineAdministration(ctx: ExportContext, entry: EntryView, body: KetamineBody): MedicationAdministration {
  return {
    ...administrationBase(ctx, entry, body.lot, ketamineEffective(ctx, entry, body)),
    medicationCodeableConcept: { text: 'Ketamine' },
    dosage: {
      text: ketamineDoseText(body),
      route: ROUTES[body.route],
      ...(body.site ? { site: { text: body.site } } : {}),
      dose: ucum(body.mg, 'mg', 'mg'),
    },
  };
}

/** The resources one record entry becomes; entries that are not clinical facts FHIR carries give none. */
function entryResources(ctx: ExportContext, entry: EntryView): Resource[] {
  const body = entry.body;
  switch (body.kind) {
    case 'observation':
      return observationResources(ctx, entry, body);
    case 'recovery-score':
      return [recoveryScoreObservation(ctx, entry, body)];
    case 'spravato-device':
      return [spravatoDeviceAdministration(ctx, entry, body.lot)];
    case 'ketamine-dose':
      return [ketamineAdministration(ctx, entry, body)];
    default:
      return [];
  }
}

function inTimeOrder(entries: EntryView[]): EntryView[] {
  return [...entries].sort((a, b) => Date.parse(a.at) - Date.parse(b.at) || a.id - b.id);
}

function bundleEntry(resource: Resource): BundleEntry {
  if (!resource.id) throw new Error(`${resource.resourceType} has no id`);
  return { fullUrl: urn(resource.id), resource };
}

/**
 * The session as a FHIR R4 `collection` Bundle. `offsetMinutesAt` gives the station's UTC offset
 * (minutes east of UTC) at an instant, so every time carries the clinic's local offset.
 */
export function sessionFhirBundle(view: SessionView, offsetMinutesAt: (ms: number) => number): Bundle {
  const ctx = contextFor(view, offsetMinutesAt);
  const resources: Resource[] = [
    patientResource(ctx),
    encounterResource(ctx),
    ...inTimeOrder(view.entries).flatMap((entry) => entryResources(ctx, entry)),
  ];
  return {
    resourceType: 'Bundle',
    id: ctx.idFor('bundle'),
    type: 'collection',
    entry: resources.map(bundleEntry),
  };
}
