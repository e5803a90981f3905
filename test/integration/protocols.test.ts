// Protocols as a clinic administers them: versioned, validated, retired; a session keeps the exact
// version it started with.
import { describe, expect, it } from 'vitest';
import type { ProtocolDraft } from '../../shared/api/protocol-schema';
import type { ProtocolAdminView } from '../../shared/api/views';
import { call, NURSE, readySpravatoPatient, refusal, stationPerTest, ADMIN } from '../support/station';

const t = stationPerTest();

function draftOf(id: string): ProtocolDraft {
  const current = call(t.core, 'protocols.all', {}).find((p) => p.protocol.id === id)!.protocol;
  const { version: _version, ...draft } = current;
  return { ...draft, recoveryScore: draft.recoveryScore ?? null, remsApplies: draft.remsApplies ?? false };
}

const byId = (list: ProtocolAdminView[], id: string) => list.find((p) => p.protocol.id === id)!;

describe('protocols', () => {
  it('start as the built-in protocols at version 1', () => {
    expect(call(t.core, 'protocols.list', {}).map((p) => [p.id, p.version])).toEqual([
      ['spravato-56', 1],
      ['spravato-84', 1],
      ['ketamine-iv', 1],
      ['ketamine-im', 1],
      ['ketamine-sl', 1],
    ]);
  });

  it('an edit makes version 2; a session started on version 1 is unchanged and says so', () => {
    const running = readySpravatoPatient(t.core);
    call(t.core, 'session.recordDevice', { sessionId: running, lot: 'L1', by: NURSE });
    const saved = call(t.core, 'protocols.save', { protocol: { ...draftOf('spravato-56'), minimumObservationMin: 150 }, by: ADMIN });
    expect(byId(saved, 'spravato-56')).toMatchObject({ protocol: { version: 2, minimumObservationMin: 150 }, savedBy: ADMIN });

    const old = call(t.core, 'session.get', { sessionId: running });
    expect(old.protocol).toMatchObject({ version: 1, minimumObservationMin: 120 });
    t.restart();
    expect(call(t.core, 'session.get', { sessionId: running }).timer.minimumEndsAt).toBe(old.timer.minimumEndsAt);

    const fresh = call(t.core, 'session.checkIn', { chairId: 'chair-2', patient: { clinicId: 'P-2', name: 'N. N.' }, protocolId: 'spravato-56', by: NURSE });
    expect(fresh.protocol).toMatchObject({ version: 2, minimumObservationMin: 150 });
  });

  it('refuses a crisis limit below the post-dose limit, naming the field, and changes nothing', () => {
    const draft = draftOf('spravato-56');
    const error = refusal(t.core, 'protocols.save', { protocol: { ...draft, limits: { ...draft.limits, crisisBp: { systolic: 150, diastolic: 95 } } }, by: ADMIN });
    expect(error).toMatchObject({ code: 'invalid-input', message: 'The crisis limit (150/95) must be above the post-dose limit (160/100)' });
    expect(error.issues?.[0].path).toBe('protocol.limits.crisisBp');
    expect(byId(call(t.core, 'protocols.all', {}), 'spravato-56').protocol.version).toBe(1);
  });

  it('allows a check after the minimum observation, and refuses impossible values with clear messages', () => {
    const draft = draftOf('ketamine-im');
    const late = { id: 't150', label: '150 min', when: 'timed' as const, atMin: 150, windowBeforeMin: 5, windowAfterMin: null, measures: ['bp' as const] };
    expect(byId(call(t.core, 'protocols.save', { protocol: { ...draft, checks: [...draft.checks, late] }, by: ADMIN }), 'ketamine-im').protocol.checks.at(-1)?.atMin).toBe(150);

    expect(refusal(t.core, 'protocols.save', { protocol: { ...draft, minimumObservationMin: 10 }, by: ADMIN }).message).toBe('Minimum observation must be 30 to 480 min');
    expect(refusal(t.core, 'protocols.save', { protocol: { ...draft, checks: [draft.checks[0], { ...late, atMin: 30, windowBeforeMin: 60 }] }, by: ADMIN }).message).toBe(
      'The 150 min check cannot open before the dose (60 min before 30 min)',
    );
    expect(refusal(t.core, 'protocols.save', { protocol: { ...draft, checks: [late] }, by: ADMIN }).message).toBe('A protocol has exactly one pre-dose check');
    expect(refusal(t.core, 'protocols.save', { protocol: { ...draft, limits: { ...draft.limits, spo2Medium: 90 } }, by: ADMIN }).message).toBe(
      'The SpO2 warning level (90%) must be above the danger level (92%)',
    );
    expect(refusal(t.core, 'protocols.save', { protocol: { ...draft, remsApplies: true }, by: ADMIN }).message).toBe('The Spravato REMS applies to esketamine protocols only');
  });

  it('a new protocol gets an id from its name; a second one of the same name is refused', () => {
    const { id: _id, ...draft } = draftOf('spravato-56');
    const list = call(t.core, 'protocols.save', { protocol: { ...draft, name: 'Spravato 56 mg (slow)', minimumObservationMin: 180 }, by: ADMIN });
    expect(byId(list, 'spravato-56-mg-slow').protocol).toMatchObject({ version: 1, minimumObservationMin: 180 });
    expect(refusal(t.core, 'protocols.save', { protocol: { ...draft, name: 'spravato 56 MG (slow)' }, by: ADMIN }).message).toMatch(/already called/);
  });

  it('a retired protocol takes no new check-ins; its running session goes on; it can come back', () => {
    const running = readySpravatoPatient(t.core);
    call(t.core, 'protocols.setRetired', { protocolId: 'spravato-56', retired: true, by: ADMIN });
    expect(call(t.core, 'protocols.list', {}).map((p) => p.id)).not.toContain('spravato-56');
    expect(refusal(t.core, 'session.checkIn', { chairId: 'chair-2', patient: { clinicId: 'P-2', name: 'N. N.' }, protocolId: 'spravato-56', by: NURSE }).message).toMatch(
      /no protocol "spravato-56"/,
    );
    call(t.core, 'session.recordDevice', { sessionId: running, lot: 'L1', by: NURSE });
    call(t.core, 'protocols.setRetired', { protocolId: 'spravato-56', retired: false, by: ADMIN });
    expect(call(t.core, 'protocols.list', {}).find((p) => p.id === 'spravato-56')?.version).toBe(3);
  });
});
