// The session record after the dose: the ready-to-leave moment, the clinician's PIN sign-off,
// recovery scores, REMS facts and forms due, addenda, history search and the chair-time report.
import { describe, expect, it } from 'vitest';
import { call, NURSE, readySpravatoPatient, refusal, stationPerTest, ADMIN } from '../support/station';
import { setUpUsers } from '../support/users';

const t = stationPerTest();

const normal = { bp: { systolic: 124, diastolic: 80, pulse: 70 }, spo2: 98, moaas: 5, dissociation: { global: 'none' as const } };

/** Spravato: first device at minute 0, checks at 40 and `lastAt` minutes (normal values unless given). */
function dosedSpravato(lastAt: number, last = normal, clinicId = 'P-1001'): string {
  const id = readySpravatoPatient(t.core, clinicId === 'P-1001' ? 'chair-1' : 'chair-2', clinicId);
  call(t.core, 'session.recordDevice', { sessionId: id, lot: 'LOT-A', by: NURSE });
  t.clock.advanceMinutes(5);
  call(t.core, 'session.recordDevice', { sessionId: id, lot: 'LOT-B', by: NURSE });
  t.clock.advanceMinutes(35);
  call(t.core, 'session.recordObservation', { sessionId: id, bp: { systolic: 150, diastolic: 94, pulse: 80 }, spo2: 96, moaas: 4, dissociation: { global: 'moderate' }, by: NURSE });
  t.clock.advanceMinutes(lastAt - 40);
  call(t.core, 'session.recordObservation', { sessionId: id, ...last, by: NURSE });
  return id;
}

function dischargeAt120(id: string, signOff: { userId: string; pin: string }) {
  const anchor = Date.parse(call(t.core, 'session.get', { sessionId: id }).timer.anchorAt!);
  t.clock.t = anchor + 120 * 60_000;
  call(t.core, 'session.recordObservation', { sessionId: id, ...normal, by: NURSE });
  return call(t.core, 'session.discharge', { sessionId: id, signOff });
}

describe('the ready-to-leave moment', () => {
  it('is recorded once, when every criterion but the minimum time is first met, and kept after discharge', () => {
    const id = dosedSpravato(95);
    const view = call(t.core, 'session.get', { sessionId: id });
    expect(view.readyToLeave).toEqual({ at: expect.any(String), afterMin: 95 });
    expect(view.timeline.filter((i) => i.kind === 'ready-to-leave')).toHaveLength(1);
    expect(view.discharge.allowed).toBe(false);

    // A later reading neither moves nor repeats it.
    t.clock.advanceMinutes(10);
    call(t.core, 'session.recordObservation', { sessionId: id, ...normal, by: NURSE });
    t.core.tick();
    expect(call(t.core, 'session.get', { sessionId: id }).readyToLeave?.afterMin).toBe(95);
    const board = call(t.core, 'board.get', {});
    expect(board.chairs[0].session?.readyToLeave?.afterMin).toBe(95);
    const entry = view.entries.find((e) => e.body.kind === 'ready-to-leave')!;
    expect(refusal(t.core, 'session.markEnteredInError', { sessionId: id, entryId: entry.id, reason: 'x', by: NURSE }).message).toMatch(/recorded by the station/);
  });

  it('is not recorded while sedation is unresolved', () => {
    const id = dosedSpravato(95, { ...normal, moaas: 4 });
    t.core.tick();
    expect(call(t.core, 'session.get', { sessionId: id }).readyToLeave).toBeNull();
  });
});

describe('signing the discharge off', () => {
  it("takes a clinician's PIN and names the clinician on the record", () => {
    const users = setUpUsers(t.core);
    const id = dosedSpravato(100);
    const closed = dischargeAt120(id, users.clinicianSignOff);
    expect(closed.closure).toMatchObject({ kind: 'discharged', clinician: 'Dr Clare Lin', signedOffBy: { userId: users.clinician.userId, name: 'Dr Clare Lin' } });
    expect(closed.timeline.at(-1)).toMatchObject({ kind: 'discharge', detail: expect.stringContaining('signed off by Dr Clare Lin') });
    t.restart();
    expect(call(t.core, 'session.get', { sessionId: id }).closure?.signedOffBy?.name).toBe('Dr Clare Lin');
  });

  it("refuses a nurse's sign-off and a wrong PIN, and changes nothing", () => {
    const users = setUpUsers(t.core);
    const id = dosedSpravato(100);
    t.clock.advanceMinutes(20);
    call(t.core, 'session.recordObservation', { sessionId: id, ...normal, by: NURSE });
    expect(refusal(t.core, 'session.discharge', { sessionId: id, signOff: { userId: users.nurse.userId, pin: users.nurse.pin } }).message).toMatch(
      /Only a clinician can sign off a discharge/,
    );
    expect(refusal(t.core, 'session.discharge', { sessionId: id, signOff: { userId: users.clinician.userId, pin: '0000' } }).message).toMatch(/Wrong PIN/);
    expect(call(t.core, 'session.get', { sessionId: id }).closure).toBeNull();
  });

  it('refuses a discharge with BP 150/95 rising at 120 min, naming the BP criterion', () => {
    const users = setUpUsers(t.core);
    const id = dosedSpravato(110, { ...normal, bp: { systolic: 146, diastolic: 92, pulse: 80 } });
    t.clock.advanceMinutes(10);
    call(t.core, 'session.recordObservation', { sessionId: id, ...normal, bp: { systolic: 150, diastolic: 95, pulse: 82 }, by: NURSE });
    const error = refusal(t.core, 'session.discharge', { sessionId: id, signOff: users.clinicianSignOff });
    expect(error.message).toMatch(/Latest BP below 180\/110 and at or below 140\/90, or falling: 150\/95 \(before: 146\/92\)/);
  });
});

describe('recovery scores (ketamine)', () => {
  function ivSession(): string {
    const s = call(t.core, 'session.checkIn', { chairId: 'chair-3', patient: { clinicId: 'K-7', name: 'J. K.' }, protocolId: 'ketamine-iv', by: NURSE });
    call(t.core, 'session.confirmPreDose', { sessionId: s.sessionId, transportHome: true, by: NURSE });
    call(t.core, 'session.recordObservation', { sessionId: s.sessionId, ...normal, by: NURSE });
    call(t.core, 'session.recordKetamineDose', { sessionId: s.sessionId, mg: 35, lot: 'K1', rate: '40 min', by: NURSE });
    t.clock.advanceMinutes(40);
    call(t.core, 'session.recordInfusionEnd', { sessionId: s.sessionId, by: NURSE });
    return s.sessionId;
  }
  const aldrete = (consciousness: number) => ({ activity: 2, respiration: 2, circulation: 2, consciousness, spo2: 2 });

  it('holds an IV discharge until a modified Aldrete of 9 or more, with its components kept', () => {
    const id = ivSession();
    const criterion = () => call(t.core, 'session.get', { sessionId: id }).discharge.criteria.find((c) => c.id === 'recovery-score');
    expect(criterion()).toMatchObject({ met: false, evidence: 'no Modified Aldrete score recorded' });
    call(t.core, 'session.recordRecoveryScore', { sessionId: id, scale: 'aldrete', components: aldrete(0), by: NURSE });
    expect(criterion()).toMatchObject({ met: false, evidence: expect.stringMatching(/^8 of 10 at /) });
    const view = call(t.core, 'session.recordRecoveryScore', { sessionId: id, scale: 'aldrete', components: aldrete(1), by: NURSE });
    expect(criterion()?.met).toBe(true);
    expect(view.recoveryScore).toMatchObject({ scale: 'aldrete', total: 9, components: aldrete(1) });
  });

  it('refuses an incomplete score, a component out of range and the other scale', () => {
    const id = ivSession();
    expect(refusal(t.core, 'session.recordRecoveryScore', { sessionId: id, scale: 'aldrete', components: { activity: 2 }, by: NURSE }).message).toMatch(
      /Score every component: Respiration is missing/,
    );
    expect(refusal(t.core, 'session.recordRecoveryScore', { sessionId: id, scale: 'aldrete', components: { ...aldrete(1), spo2: 3 }, by: NURSE }).message).toBe(
      'Each component is scored 0, 1 or 2',
    );
    expect(refusal(t.core, 'session.recordRecoveryScore', { sessionId: id, scale: 'padss', components: {}, by: NURSE }).message).toMatch(/uses the Modified Aldrete score/);
    expect(call(t.core, 'session.get', { sessionId: id }).recoveryScore).toBeNull();
  });
});

const remsFacts = {
  firstTreatment: false,
  remsEnrolled: true,
  concomitant: ['benzodiazepines' as const],
  respiratoryDepression: null,
  seriousAdverseEvents: null,
  monitoringProfessional: 'Nora Nurse, RN',
  setting: 'Outpatient clinic',
};

describe('REMS facts and forms due', () => {
  it('derives the form facts from the readings and lists the discharged session until its form is marked submitted', () => {
    const users = setUpUsers(t.core);
    const id = dosedSpravato(95);
    const closed = dischargeAt120(id, users.clinicianSignOff);
    expect(closed.rems?.fromReadings).toMatchObject({
      doseMg: 56,
      lots: ['LOT-A', 'LOT-B'],
      monitoringMin: 120,
      readyAfterMin: 95,
      bpAt40: expect.stringMatching(/^150\/94 at /),
      pulseOximetryChecks: 4,
      sedation: [{ onsetAt: expect.any(String), resolvedAt: expect.any(String), worst: 'MOAA/S 4' }],
      dissociation: [{ resolvedAt: expect.any(String), worst: 'moderate' }],
      lowSpo2: [],
    });
    expect(closed.rems?.form).toMatchObject({ daysLeft: 7, overdue: false, submitted: null });

    t.clock.advanceMinutes(8 * 24 * 60);
    const [due] = call(t.core, 'rems.formsDue', { by: NURSE });
    expect(due).toMatchObject({ sessionId: id, daysLeft: -1, overdue: true, missing: [expect.stringMatching(/^REMS facts/)] });

    expect(refusal(t.core, 'session.markRemsSubmitted', { sessionId: id, by: NURSE }).message).toMatch(/Record the REMS facts first/);
    // Facts after the discharge are addenda: the record before them is unchanged.
    call(t.core, 'session.recordRemsFacts', { sessionId: id, ...remsFacts, by: NURSE });
    expect(call(t.core, 'rems.formsDue', { by: NURSE })[0].missing).toEqual([]);
    const submitted = call(t.core, 'session.markRemsSubmitted', { sessionId: id, reference: 'R-123', by: NURSE });
    expect(submitted.rems?.form?.submitted).toMatchObject({ by: NURSE, reference: 'R-123' });
    expect(call(t.core, 'rems.formsDue', { by: NURSE })).toEqual([]);
    expect(refusal(t.core, 'session.markRemsSubmitted', { sessionId: id, by: NURSE }).message).toMatch(/already marked submitted/);
  });

  it('refuses a respiratory depression that ends before it starts', () => {
    const id = dosedSpravato(60);
    const onsetAt = new Date(t.clock.t - 20 * 60_000).toISOString();
    const error = refusal(t.core, 'session.recordRemsFacts', {
      sessionId: id,
      ...remsFacts,
      respiratoryDepression: { onsetAt, resolvedAt: new Date(t.clock.t - 30 * 60_000).toISOString() },
      by: NURSE,
    });
    expect(error.message).toMatch(/resolve after it started/);
  });

  it('switched off, asks nothing and lists nothing; facts already recorded are kept', () => {
    const users = setUpUsers(t.core);
    const id = dosedSpravato(95);
    call(t.core, 'session.recordRemsFacts', { sessionId: id, ...remsFacts, by: NURSE });
    dischargeAt120(id, users.clinicianSignOff);
    call(t.core, 'settings.setRemsModule', { enabled: false, by: ADMIN });
    expect(call(t.core, 'rems.formsDue', { by: NURSE })).toEqual([]);
    expect(call(t.core, 'session.get', { sessionId: id }).rems).toBeNull();
    expect(refusal(t.core, 'session.recordRemsFacts', { sessionId: id, ...remsFacts, by: NURSE }).message).toMatch(/switched off/);
    call(t.core, 'settings.setRemsModule', { enabled: true, by: ADMIN });
    expect(call(t.core, 'session.get', { sessionId: id }).rems?.facts?.monitoringProfessional).toBe('Nora Nurse, RN');
  });
});

describe('addenda', () => {
  it('are refused on an open session and follow the closure of a closed one', () => {
    const users = setUpUsers(t.core);
    const id = dosedSpravato(95);
    expect(refusal(t.core, 'session.addAddendum', { sessionId: id, text: 'x', by: NURSE }).message).toMatch(/still open/);
    dischargeAt120(id, users.clinicianSignOff);
    t.clock.advanceMinutes(30);
    const view = call(t.core, 'session.addAddendum', { sessionId: id, text: 'Patient phoned: home safely', by: NURSE });
    expect(view.timeline.at(-1)).toMatchObject({ kind: 'addendum', title: 'Addendum: Patient phoned: home safely', by: NURSE });
    expect(refusal(t.core, 'session.recordObservation', { sessionId: id, ...normal, by: NURSE }).message).toMatch(/read-only/);
  });
});

describe('history and the chair-time report', () => {
  it('finds closed sessions by patient ID, name, dates and protocol', () => {
    const users = setUpUsers(t.core);
    const first = dosedSpravato(95);
    dischargeAt120(first, users.clinicianSignOff);
    t.clock.advanceMinutes(2 * 24 * 60);
    const second = dosedSpravato(95, normal, 'P-2002');
    dischargeAt120(second, users.clinicianSignOff);
    const day = (ms: number) => {
      const d = new Date(ms);
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    };
    const ids = (q: Omit<Parameters<typeof call<'history.list'>>[2], 'by'>) => call(t.core, 'history.list', { ...q, by: NURSE }).map((r) => r.sessionId);
    expect(ids({ patientClinicId: 'P-2002' })).toEqual([second]);
    expect(ids({ patientName: 'm. r' })).toEqual([second, first]);
    expect(ids({ patientName: '%' })).toEqual([]);
    expect(ids({ from: day(t.clock.t), to: day(t.clock.t) })).toEqual([second]);
    expect(ids({ protocolId: 'ketamine-iv' })).toEqual([]);
    expect(refusal(t.core, 'history.list', { from: '2026-03-05', to: '2026-03-01', by: NURSE }).message).toBe('From must be on or before To');
    // A locked screen shows the chairs, not the clinic's history.
    expect(refusal(t.core, 'history.list', {}).message).toBe('Sign in at the station first');
    expect(refusal(t.core, 'export.sessionCsv', { sessionId: first }).message).toBe('Sign in at the station first');

    const report = call(t.core, 'reports.chairTime', { from: day(t.clock.t - 3 * 86_400_000), to: day(t.clock.t), by: NURSE });
    expect(report).toHaveLength(4);
    const busy = report.filter((r) => r.sessions > 0);
    expect(busy).toHaveLength(2);
    expect(busy[0]).toMatchObject({ sessions: 1, toReadyMin: { median: 95, p90: 95, count: 1 }, toDischargeMin: { median: 120, p90: 120, count: 1 } });
  });
});
