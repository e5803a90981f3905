import { describe, expect, it } from 'vitest';
import { call, NURSE, readySpravatoPatient, refusal, stationPerTest } from '../support/station';
import { setUpUsers } from '../support/users';

const t = stationPerTest();

function dosedPatient(): string {
  const id = readySpravatoPatient(t.core, 'chair-2', 'P-22');
  call(t.core, 'session.recordDevice', { sessionId: id, lot: 'L', by: NURSE });
  return id;
}

const board = () => call(t.core, 'board.get', {});
const alarmOf = (condition: string) => board().alarms.find((a) => a.condition === condition);

describe('alarms in the station core', () => {
  it('raises a HIGH alarm the moment a crisis BP is saved, and the room hears it', () => {
    const id = dosedPatient();
    call(t.core, 'session.recordObservation', { sessionId: id, bp: { systolic: 185, diastolic: 112 }, by: NURSE });
    const b = board();
    expect(b.alarms).toHaveLength(1);
    expect(b.alarms[0]).toMatchObject({ chairName: 'Chair 2', patientName: 'M. R.', priority: 'high', acknowledged: null, resolvedAt: null });
    expect(b.alarms[0].message).toContain('BP 185/112');
    expect(b.audio.sounding).toBe('high');
    expect(b.chairs[1].session?.highestAlarm).toBe('high');
  });

  it('silences an alarm acknowledged by a named user, and raises it again when the condition gets worse', () => {
    const id = dosedPatient();
    call(t.core, 'session.recordObservation', { sessionId: id, spo2: 93, by: NURSE });
    const medium = alarmOf('spo2')!;
    expect(medium.priority).toBe('medium');
    call(t.core, 'alarms.acknowledge', { alarmId: medium.alarmId, by: 'Nurse Ben' });
    expect(alarmOf('spo2')?.acknowledged?.by).toBe('Nurse Ben');
    expect(board().audio.sounding).toBeNull();
    expect(refusal(t.core, 'alarms.acknowledge', { alarmId: medium.alarmId, by: NURSE }).message).toBe('This alarm was already acknowledged by Nurse Ben');

    call(t.core, 'session.recordObservation', { sessionId: id, spo2: 92, by: NURSE });
    const worse = alarmOf('spo2')!;
    expect(worse).toMatchObject({ alarmId: medium.alarmId, priority: 'medium', acknowledged: null });
    expect(board().audio.sounding).toBe('medium');

    call(t.core, 'session.recordObservation', { sessionId: id, spo2: 90, by: NURSE });
    expect(alarmOf('spo2')).toMatchObject({ alarmId: medium.alarmId, priority: 'high', acknowledged: null });
  });

  it('resolves an alarm when its condition clears, and keeps it in the session history', () => {
    const id = dosedPatient();
    call(t.core, 'session.recordObservation', { sessionId: id, moaas: 1, by: NURSE });
    expect(alarmOf('sedation')?.message).toContain('responds only to pain');
    const view = call(t.core, 'session.recordObservation', { sessionId: id, moaas: 5, by: NURSE });
    expect(board().alarms).toEqual([]);
    expect(view.alarmHistory[0]).toMatchObject({ condition: 'sedation', priority: 'high' });
    expect(view.alarmHistory[0].resolvedAt).not.toBeNull();
  });

  it('escalates an unacknowledged overdue check from MEDIUM to HIGH on the t.clock alone', () => {
    const id = dosedPatient();
    t.clock.advanceMinutes(46);
    t.core.tick();
    expect(alarmOf('check-overdue:t40')?.priority).toBe('medium');
    t.clock.advanceMinutes(10);
    t.core.tick();
    expect(alarmOf('check-overdue:t40')?.priority).toBe('high');
    call(t.core, 'session.recordObservation', { sessionId: id, bp: { systolic: 130, diastolic: 80 }, spo2: 98, moaas: 5, dissociation: { global: 'none' }, by: NURSE });
    expect(alarmOf('check-overdue:t40')).toBeUndefined();
  });

  it('pauses the sound for the room for 2 minutes; a new HIGH alarm ends the pause', () => {
    const id = dosedPatient();
    call(t.core, 'session.recordObservation', { sessionId: id, spo2: 93, by: NURSE });
    const paused = call(t.core, 'alarms.pauseAudio', { by: 'Nurse Ben' });
    expect(paused.audio).toMatchObject({ sounding: null, pausedBy: 'Nurse Ben', pauseMinutes: 2 });
    expect(Date.parse(paused.audio.pausedUntil!) - t.clock.now()).toBe(2 * 60_000);
    t.clock.advanceMinutes(1);
    expect(board().audio.sounding).toBeNull();
    call(t.core, 'session.recordObservation', { sessionId: id, bp: { systolic: 190, diastolic: 100 }, by: NURSE });
    expect(board().audio).toMatchObject({ sounding: 'high', pausedUntil: null });
  });

  it('re-arms the sound by itself when the pause runs out', () => {
    const id = dosedPatient();
    call(t.core, 'session.recordObservation', { sessionId: id, spo2: 93, by: NURSE });
    call(t.core, 'alarms.pauseAudio', { by: NURSE });
    t.clock.advanceMinutes(2);
    expect(board().audio).toMatchObject({ sounding: 'medium', pausedUntil: null });
  });

  it('comes back after a restart in the middle of a HIGH alarm with the alarm active and sounding', () => {
    const id = dosedPatient();
    call(t.core, 'session.recordObservation', { sessionId: id, spo2: 88, by: NURSE });
    const before = alarmOf('spo2')!;
    t.clock.advanceMinutes(3);
    t.restart();
    const b = board();
    expect(b.alarms).toEqual([before]);
    expect(b.audio.sounding).toBe('high');
    expect(call(t.core, 'session.get', { sessionId: id }).alarmHistory).toHaveLength(1);
  });

  it('resolves a session\'s alarms when it is discharged, and offers LOW "ready for discharge assessment" before', () => {
    const id = dosedPatient();
    t.clock.advanceMinutes(40);
    call(t.core, 'session.recordObservation', { sessionId: id, bp: { systolic: 138, diastolic: 86 }, spo2: 97, moaas: 4, dissociation: { global: 'mild' }, by: NURSE });
    t.clock.advanceMinutes(80);
    call(t.core, 'session.recordObservation', { sessionId: id, bp: { systolic: 130, diastolic: 80 }, spo2: 98, moaas: 5, dissociation: { global: 'none' }, by: NURSE });
    expect(alarmOf('observation-complete')?.priority).toBe('low');
    const { clinicianSignOff } = setUpUsers(t.core);
    const view = call(t.core, 'session.discharge', { sessionId: id, signOff: clinicianSignOff });
    expect(board().alarms).toEqual([]);
    expect(view.alarmHistory.every((a) => a.resolvedAt !== null)).toBe(true);
  });

  it('holds the discharge while a HIGH or MEDIUM alarm is active, even after the minimum observation', () => {
    const id = dosedPatient();
    t.clock.advanceMinutes(40);
    call(t.core, 'session.recordObservation', { sessionId: id, bp: { systolic: 138, diastolic: 86 }, spo2: 97, moaas: 4, dissociation: { global: 'mild' }, by: NURSE });
    t.clock.advanceMinutes(80);
    call(t.core, 'session.recordObservation', { sessionId: id, bp: { systolic: 130, diastolic: 80 }, spo2: 89, moaas: 5, dissociation: { global: 'none' }, by: NURSE });
    const { clinicianSignOff } = setUpUsers(t.core);
    const refused = refusal(t.core, 'session.discharge', { sessionId: id, signOff: clinicianSignOff });
    expect(refused.message).toContain('SpO2 at or above 92%: 89% at');
    expect(refused.message).toContain('No active HIGH or MEDIUM alarm: HIGH: Chair 2 · M. R.: SpO2 89% — below 92%');
    expect(call(t.core, 'session.get', { sessionId: id }).discharge.allowed).toBe(false);
    // Acknowledging is not enough: the condition itself must clear.
    call(t.core, 'alarms.acknowledge', { alarmId: alarmOf('spo2')!.alarmId, by: NURSE });
    expect(refusal(t.core, 'session.discharge', { sessionId: id, signOff: clinicianSignOff }).code).toBe('not-allowed');
    call(t.core, 'session.recordObservation', { sessionId: id, spo2: 96, by: NURSE });
    expect(call(t.core, 'session.discharge', { sessionId: id, signOff: clinicianSignOff }).readOnly).toBe(true);
  });

  it('refuses to acknowledge an alarm that does not exist', () => {
    expect(refusal(t.core, 'alarms.acknowledge', { alarmId: '1b4e28ba-2fa1-4d3b-a3f5-ef19b5a7633b', by: NURSE }).message).toBe('No such alarm');
  });
});
