import { describe, expect, it } from 'vitest';
import type { Bundle, Encounter, MedicationAdministration, Observation, Patient, Reference, Resource } from '@medplum/fhirtypes';
import type { SessionView } from '../../../shared/api/views';
import { PATIENT_ID_SYSTEM, PROFILES, SESSION_ID_SYSTEM, sessionFhirBundle, stableUuid } from '../../../shared/exports/session-fhir';
import { call, NURSE, stationPerTest } from '../../support/station';
import { validationErrors } from './fhir-validation';
import { setUpUsers } from '../../support/users';
import {
  MONITOR_NAME,
  PARIS_WINTER,
  recordCancelledSession,
  recordKetamineImSession,
  recordSpravatoSession,
  stationWithMonitorPerTest,
  recordScoredKetamineSession,
  WRONG_LOT_REASON,
  WRONG_READING_REASON,
} from './recorded-sessions';

const LOINC = 'http://loinc.org';
const UCUM = 'http://unitsofmeasure.org';
const UUID_URN = /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

type ResourceOf<T extends Resource['resourceType']> = Extract<Resource, { resourceType: T }>;

function resourcesOf<T extends Resource['resourceType']>(bundle: Bundle, type: T): ResourceOf<T>[] {
  return (bundle.entry ?? []).map((e) => e.resource!).filter((r): r is ResourceOf<T> => r.resourceType === type);
}

function only<T>(items: T[]): T {
  expect(items).toHaveLength(1);
  return items[0];
}

function loincCodes(o: Observation): string[] {
  return (o.code.coding ?? []).filter((c) => c.system === LOINC).map((c) => c.code!);
}

function withLoinc(bundle: Bundle, code: string): Observation[] {
  return resourcesOf(bundle, 'Observation').filter((o) => loincCodes(o).includes(code));
}

function withText(bundle: Bundle, text: string): Observation[] {
  return resourcesOf(bundle, 'Observation').filter((o) => o.code.text === text);
}

function at(bundle: Bundle, time: string): Observation[] {
  return resourcesOf(bundle, 'Observation').filter((o) => o.effectiveDateTime === time);
}

/** The bundle, each resource in it, and each resource against every profile it claims. */
function expectValid(bundle: Bundle): void {
  expect(validationErrors(bundle)).toEqual([]);
  for (const entry of bundle.entry ?? []) {
    const resource = entry.resource!;
    expect(validationErrors(resource), `${resource.resourceType} ${resource.id}`).toEqual([]);
    for (const url of resource.meta?.profile ?? []) {
      expect(validationErrors(resource, url), `${resource.resourceType} ${resource.id} against ${url}`).toEqual([]);
    }
  }
}

function referenced(bundle: Bundle): string[] {
  const refs: Array<Reference | undefined> = [];
  for (const r of (bundle.entry ?? []).map((e) => e.resource!)) {
    if (r.resourceType === 'Observation') refs.push(r.subject, r.encounter);
    if (r.resourceType === 'Encounter') refs.push(r.subject);
    if (r.resourceType === 'MedicationAdministration') refs.push(r.subject, r.context);
  }
  return refs.map((ref) => ref?.reference ?? 'missing');
}

describe('sessionFhirBundle on a Spravato session recorded by the station', () => {
  const t = stationWithMonitorPerTest();

  function exported(): { view: SessionView; bundle: Bundle } {
    const sessionId = recordSpravatoSession(t);
    const view = call(t.core, 'session.get', { sessionId });
    return { view, bundle: sessionFhirBundle(view, PARIS_WINTER) };
  }

  it('passes the R4 validator: the bundle, every resource, and every vital sign against its profiles', () => {
    const { bundle } = exported();
    expectValid(bundle);
    const claimed = resourcesOf(bundle, 'Observation').flatMap((o) => o.meta?.profile ?? []);
    expect(new Set(claimed)).toEqual(new Set(Object.values(PROFILES)));
  });

  it('is checked by a validator that does refuse resources breaking R4 or the vital-signs profiles', () => {
    const { bundle } = exported();
    const spo2 = withLoinc(bundle, '2708-6')[0];
    const withoutRequiredCode: Observation = { ...spo2, code: { ...spo2.code, coding: spo2.code.coding!.filter((c) => c.code !== '2708-6') } };
    expect(validationErrors(withoutRequiredCode, PROFILES.oxygenSaturation)).not.toEqual([]);
    const rate = withLoinc(bundle, '8867-4')[0];
    expect(validationErrors({ ...rate, code: { coding: [{ system: LOINC, code: '8310-5' }] } }, PROFILES.heartRate)).not.toEqual([]);
    const bp = withLoinc(bundle, '85354-9')[0];
    expect(validationErrors({ ...bp, code: { coding: [{ system: LOINC, code: '55284-4' }] } }, PROFILES.bloodPressure)).not.toEqual([]);
    expect(validationErrors({ ...bp, category: undefined }, PROFILES.vitalSigns)).not.toEqual([]);
    expect(validationErrors({ ...bp, status: undefined } as unknown as Observation)).not.toEqual([]);
    expect(validationErrors({ ...bp, effectiveDateTime: '2026-03-02T10:30' })).not.toEqual([]);
  });

  it('is a collection whose entries have unique urn:uuid fullUrls that every reference resolves to', () => {
    const { bundle } = exported();
    expect(bundle.type).toBe('collection');
    const urls = bundle.entry!.map((e) => e.fullUrl!);
    for (const url of urls) expect(url).toMatch(UUID_URN);
    expect(new Set(urls).size).toBe(urls.length);
    for (const e of bundle.entry!) expect(e.fullUrl).toBe(`urn:uuid:${e.resource!.id}`);
    const refs = referenced(bundle);
    expect(refs.length).toBeGreaterThan(10);
    for (const ref of refs) expect(urls).toContain(ref);
  });

  it('exports the same session identically, and another session under other ids', () => {
    const { view, bundle } = exported();
    const again = sessionFhirBundle(call(t.core, 'session.get', { sessionId: view.sessionId }), PARIS_WINTER);
    expect(JSON.stringify(again)).toBe(JSON.stringify(bundle));
    const other = recordKetamineImSession(t.core, t.clock);
    const otherUrls = sessionFhirBundle(call(t.core, 'session.get', { sessionId: other }), PARIS_WINTER).entry!.map((e) => e.fullUrl);
    const urls = new Set(bundle.entry!.map((e) => e.fullUrl));
    expect(otherUrls.filter((u) => urls.has(u))).toEqual([]);
  });

  it('identifies the patient by the clinic id alone: no name, no birth date', () => {
    const { bundle } = exported();
    const patient: Patient = only(resourcesOf(bundle, 'Patient'));
    expect(Object.keys(patient).sort()).toEqual(['id', 'identifier', 'resourceType']);
    expect(patient.identifier).toEqual([{ system: PATIENT_ID_SYSTEM, value: 'P-1001' }]);
    const text = JSON.stringify(bundle);
    expect(text).not.toContain('M. R.');
    expect(text).not.toContain('1980-05-17');
  });

  it('makes the open session an ambulatory encounter in progress, from check-in, for the protocol', () => {
    const { view, bundle } = exported();
    const encounter: Encounter = only(resourcesOf(bundle, 'Encounter'));
    const patientUrl = bundle.entry!.find((e) => e.resource!.resourceType === 'Patient')!.fullUrl;
    expect(encounter).toMatchObject({
      status: 'in-progress',
      class: { system: 'http://terminology.hl7.org/CodeSystem/v3-ActCode', code: 'AMB' },
      identifier: [{ system: SESSION_ID_SYSTEM, value: view.sessionId }],
      type: [{ text: 'Spravato 56 mg' }],
      subject: { reference: patientUrl },
      period: { start: '2026-03-02T10:30:00+01:00' },
    });
    expect(encounter.period?.end).toBeUndefined();
  });

  it('exports a blood pressure as the LOINC panel with systolic and diastolic in mm[Hg], at the local time', () => {
    const { bundle } = exported();
    const panels = withLoinc(bundle, '85354-9');
    expect(panels.map((o) => o.effectiveDateTime)).toEqual([
      '2026-03-02T10:30:00+01:00',
      '2026-03-02T11:15:00+01:00',
      '2026-03-02T11:17:00+01:00',
      '2026-03-02T11:20:00+01:00',
    ]);
    for (const panel of panels) {
      expect(panel.component?.map((c) => [c.code.coding?.map((k) => `${k.system}|${k.code}`), c.valueQuantity?.system, c.valueQuantity?.code])).toEqual([
        [[`${LOINC}|8480-6`], UCUM, 'mm[Hg]'],
        [[`${LOINC}|8462-4`], UCUM, 'mm[Hg]'],
      ]);
    }
    const at40 = panels[1];
    expect(at40.meta?.profile).toEqual([PROFILES.vitalSigns, PROFILES.bloodPressure]);
    expect(at40.category?.[0].coding?.[0]).toMatchObject({ code: 'vital-signs' });
    expect(at40.issued).toBe('2026-03-02T11:18:00+01:00');
    expect(at40.component?.map((c) => [c.code.coding?.[0].system, c.code.coding?.[0].code, c.valueQuantity])).toEqual([
      [LOINC, '8480-6', { value: 150, unit: 'mmHg', system: UCUM, code: 'mm[Hg]' }],
      [LOINC, '8462-4', { value: 95, unit: 'mmHg', system: UCUM, code: 'mm[Hg]' }],
    ]);
  });

  it('exports pulse as heart rate in /min and SpO2 with both LOINC codes in %', () => {
    const { bundle } = exported();
    const rates = withLoinc(bundle, '8867-4');
    expect(rates.map((o) => o.valueQuantity)).toEqual([72, 88, 80].map((value) => ({ value, unit: 'beats/minute', system: UCUM, code: '/min' })));
    expect(rates[0].meta?.profile).toContain(PROFILES.heartRate);
    const saturations = withLoinc(bundle, '2708-6');
    expect(saturations.map((o) => o.valueQuantity?.value)).toEqual([98, 96, 97]);
    for (const o of saturations) {
      expect(loincCodes(o)).toEqual(expect.arrayContaining(['59408-5', '2708-6']));
      expect(o.valueQuantity).toMatchObject({ system: UCUM, code: '%' });
    }
  });

  it('notes the monitor on its reading, and the nurse as performer of typed-in ones (monitor link simulated in memory: the serial path is tested in devices/)', () => {
    const { bundle } = exported();
    const fromMonitor = at(bundle, '2026-03-02T11:17:00+01:00');
    expect(fromMonitor.map((o) => o.code.text)).toEqual(['Blood pressure', 'Pulse']);
    for (const o of fromMonitor) {
      expect(o.device).toEqual({ display: MONITOR_NAME });
      expect(o.performer).toBeUndefined();
    }
    for (const o of at(bundle, '2026-03-02T11:15:00+01:00')) {
      expect(o.performer).toEqual([{ display: NURSE }]);
      expect(o.device).toBeUndefined();
    }
  });

  it('exports MOAA/S, the dissociation rating and the CADSS total as survey observations', () => {
    const { bundle } = exported();
    const moaas = withText(bundle, 'MOAA/S sedation score');
    expect(moaas.map((o) => o.valueInteger)).toEqual([5, 4]);
    expect(withText(bundle, 'Dissociation, global clinical rating').map((o) => o.valueString)).toEqual(['none', 'mild']);
    const cadss = only(withText(bundle, 'CADSS total score'));
    expect(cadss).toMatchObject({ valueInteger: 12, effectiveDateTime: '2026-03-02T11:15:00+01:00' });
    for (const o of [...moaas, cadss]) expect(o.category?.[0].coding?.[0]).toMatchObject({ code: 'survey' });
  });

  it('exports struck entries as entered-in-error with the reason, and the rest as final or completed', () => {
    const { bundle } = exported();
    const struck = at(bundle, '2026-03-02T11:20:00+01:00');
    expect(struck.map((o) => [o.code.text, o.status])).toEqual([
      ['Blood pressure', 'entered-in-error'],
      ['SpO2', 'entered-in-error'],
    ]);
    for (const o of struck) {
      expect(o.note).toEqual([{ authorString: NURSE, time: '2026-03-02T11:22:00+01:00', text: `Entered in error: ${WRONG_READING_REASON}` }]);
    }
    const standing = resourcesOf(bundle, 'Observation').filter((o) => !struck.includes(o));
    expect(standing.every((o) => o.status === 'final' && o.note === undefined)).toBe(true);
    const doses = resourcesOf(bundle, 'MedicationAdministration');
    expect(doses.map((d) => d.status)).toEqual(['completed', 'entered-in-error', 'completed']);
    expect(doses[1].note).toContainEqual(expect.objectContaining({ text: `Entered in error: ${WRONG_LOT_REASON}` }));
  });

  it('exports each Spravato device as 28 mg esketamine given intranasally, with its lot in a note', () => {
    const { bundle } = exported();
    const encounterUrl = bundle.entry!.find((e) => e.resource!.resourceType === 'Encounter')!.fullUrl;
    const doses: MedicationAdministration[] = resourcesOf(bundle, 'MedicationAdministration');
    expect(doses.map((d) => [d.effectiveDateTime, d.note?.[0].text])).toEqual([
      ['2026-03-02T10:35:00+01:00', 'Lot LOT-A1'],
      ['2026-03-02T10:40:00+01:00', 'Lot LOT-A9'],
      ['2026-03-02T10:41:00+01:00', 'Lot LOT-A2'],
    ]);
    for (const d of doses) {
      expect(d.medicationCodeableConcept?.text).toMatch(/^Esketamine 28 mg/);
      expect(d.dosage?.dose).toEqual({ value: 28, unit: 'mg', system: UCUM, code: 'mg' });
      expect(d.dosage?.route?.coding?.[0]).toMatchObject({ system: 'http://snomed.info/sct', code: '46713006' });
      expect(d.context).toEqual({ reference: encounterUrl });
      expect(d.performer).toEqual([{ actor: { display: NURSE } }]);
    }
  });

  it('exports a recovery score with its total and each component', () => {
    const sessionId = recordScoredKetamineSession(t.core, t.clock);
    const bundle = sessionFhirBundle(call(t.core, 'session.get', { sessionId }), PARIS_WINTER);
    expectValid(bundle);
    const score = only(withText(bundle, 'Modified Aldrete score'));
    expect(score.valueInteger).toBe(9);
    expect(score.effectiveDateTime).toBe('2026-03-02T11:33:00+01:00');
    expect(score.component?.map((c) => [c.code.text, c.valueInteger])).toEqual([
      ['Activity', 2],
      ['Respiration', 2],
      ['Circulation', 1],
      ['Consciousness', 2],
      ['Oxygen saturation', 2],
    ]);
  });

  it('makes a discharged session a finished encounter that ends at the discharge', () => {
    const { view } = exported();
    t.clock.advanceMinutes(100);
    const unmet = call(t.core, 'session.get', { sessionId: view.sessionId }).discharge.criteria.filter((c) => !c.met);
    const discharged = call(t.core, 'session.discharge', {
      sessionId: view.sessionId,
      signOff: setUpUsers(t.core).clinicianSignOff,
      override: { criteria: unmet.map((c) => c.id), reason: 'Reviewed by the clinician' },
    });
    const bundle = sessionFhirBundle(discharged, PARIS_WINTER);
    expectValid(bundle);
    expect(only(resourcesOf(bundle, 'Encounter'))).toMatchObject({
      status: 'finished',
      period: { start: '2026-03-02T10:30:00+01:00', end: '2026-03-02T13:02:00+01:00' },
    });
  });
});

describe('sessionFhirBundle on ketamine and cancelled sessions', () => {
  const t = stationPerTest();

  it('exports a ketamine IM dose in mg with route, site and lot, and passes the validator', () => {
    const sessionId = recordKetamineImSession(t.core, t.clock);
    const bundle = sessionFhirBundle(call(t.core, 'session.get', { sessionId }), PARIS_WINTER);
    expectValid(bundle);
    const dose = only(resourcesOf(bundle, 'MedicationAdministration'));
    expect(dose).toMatchObject({
      status: 'completed',
      effectiveDateTime: '2026-03-02T10:33:00+01:00',
      medicationCodeableConcept: { text: 'Ketamine' },
      note: [{ text: 'Lot K1' }],
      dosage: {
        text: '35 mg IM, Left deltoid',
        site: { text: 'Left deltoid' },
        dose: { value: 35, unit: 'mg', system: UCUM, code: 'mg' },
        route: { coding: [{ system: 'http://snomed.info/sct', code: '78421000' }], text: 'IM' },
      },
    });
    expect(withLoinc(bundle, '85354-9').map((o) => o.component?.map((c) => c.valueQuantity?.value))).toEqual([[122, 78]]);
  });

  it('exports an IV infusion with a recorded end as a period', () => {
    const { sessionId } = call(t.core, 'session.checkIn', {
      chairId: 'chair-1',
      patient: { clinicId: 'K-1', name: 'C. D.', birthDate: null },
      protocolId: 'ketamine-iv',
      by: NURSE,
    });
    call(t.core, 'session.confirmPreDose', { sessionId, transportHome: true, by: NURSE });
    call(t.core, 'session.recordObservation', { sessionId, bp: { systolic: 120, diastolic: 80, pulse: 70 }, spo2: 98, by: NURSE });
    call(t.core, 'session.recordKetamineDose', { sessionId, mg: 40, lot: 'IV-7', rate: 'over 40 min', by: NURSE });
    t.clock.advanceMinutes(40);
    call(t.core, 'session.recordInfusionEnd', { sessionId, by: NURSE });
    const bundle = sessionFhirBundle(call(t.core, 'session.get', { sessionId }), PARIS_WINTER);
    expectValid(bundle);
    const dose = only(resourcesOf(bundle, 'MedicationAdministration'));
    expect(dose.effectivePeriod).toEqual({ start: '2026-03-02T10:30:00+01:00', end: '2026-03-02T11:10:00+01:00' });
    expect(dose.effectiveDateTime).toBeUndefined();
    expect(dose.dosage).toMatchObject({ text: '40 mg IV, over 40 min', route: { coding: [{ code: '47625008' }] } });
  });

  it('makes a cancelled session a cancelled encounter that ends at the cancellation', () => {
    const sessionId = recordCancelledSession(t.core, t.clock, 'E. F.');
    const bundle = sessionFhirBundle(call(t.core, 'session.get', { sessionId }), PARIS_WINTER);
    expectValid(bundle);
    expect(only(resourcesOf(bundle, 'Encounter'))).toMatchObject({
      status: 'cancelled',
      period: { start: '2026-03-02T10:30:00+01:00', end: '2026-03-02T10:40:00+01:00' },
    });
    expect(resourcesOf(bundle, 'MedicationAdministration')).toEqual([]);
  });
});

describe('stableUuid', () => {
  it('gives a version 8, RFC variant UUID that depends on every character of its name', () => {
    const a = stableUuid('session-1/entry-1-bp');
    expect(`urn:uuid:${a}`).toMatch(UUID_URN);
    expect(stableUuid('session-1/entry-1-bp')).toBe(a);
    expect(stableUuid('session-1/entry-1-bq')).not.toBe(a);
    expect(stableUuid('session-2/entry-1-bp')).not.toBe(a);
  });

  it('does not collide across the names of many sessions', () => {
    const names = Array.from({ length: 200 }, (_, s) => Array.from({ length: 50 }, (_, e) => `session-${s}/entry-${e}-bp`)).flat();
    expect(new Set(names.map(stableUuid)).size).toBe(names.length);
  });
});
