import { describe, expect, it } from 'vitest';
import { deriveSession } from '../../shared/domain/observation';
import { at, EntryLog, isoAt, session } from '../support/entries';

describe('observation timer', () => {
  it('has no clock before the dose, and says why discharge is not available', () => {
    const d = deriveSession(session('spravato-56'), [], null, at(0));
    expect(d.timer.anchorAt).toBeNull();
    expect(d.timer.elapsedMs).toBeNull();
    expect(d.discharge.allowed).toBe(false);
    expect(d.discharge.reasons[0]).toMatch(/No dose/);
  });

  it('anchors Spravato at the first device and counts 120 minutes from it', () => {
    const log = new EntryLog();
    log.add(0, { kind: 'spravato-device', lot: 'L1' });
    log.add(5, { kind: 'spravato-device', lot: 'L1' });
    const d = deriveSession(session('spravato-56'), log.entries, null, at(45));
    expect(d.timer.anchorAt).toBe(at(0));
    expect(d.timer.elapsedMs).toBe(45 * 60_000);
    expect(d.timer.remainingMs).toBe(75 * 60_000);
    expect(d.phase).toBe('observation');
  });

  it('refuses discharge at 119 minutes with the time left, and allows it at 120', () => {
    const log = new EntryLog();
    log.add(0, { kind: 'spravato-device', lot: 'L1' });
    log.add(5, { kind: 'spravato-device', lot: 'L1' });
    const early = deriveSession(session('spravato-56'), log.entries, null, at(119));
    expect(early.discharge).toEqual({ allowed: false, reasons: ['The minimum observation is not over: 1 min left'] });
    const onTime = deriveSession(session('spravato-56'), log.entries, null, at(120));
    expect(onTime.discharge.allowed).toBe(true);
    expect(onTime.timer.minimumReached).toBe(true);
  });

  it('keeps an IV session open until 60 minutes after the infusion ends', () => {
    const log = new EntryLog();
    log.add(0, { kind: 'ketamine-dose', route: 'IV', mg: 35, lot: 'K1', site: null, troches: null, rate: '40 min', });
    const running = deriveSession(session('ketamine-iv'), log.entries, null, at(130));
    expect(running.timer.pending).toMatch(/infusion/);
    expect(running.discharge.allowed).toBe(false);
    log.add(80, { kind: 'infusion-end' });
    const ended = deriveSession(session('ketamine-iv'), log.entries, null, at(130));
    expect(ended.timer.minimumEndsAt).toBe(at(140));
    expect(ended.discharge.allowed).toBe(false);
    expect(deriveSession(session('ketamine-iv'), log.entries, null, at(140)).discharge.allowed).toBe(true);
  });

  it('moves the anchor when the first device is marked entered in error', () => {
    const log = new EntryLog();
    const wrong = log.add(0, { kind: 'spravato-device', lot: 'L1' });
    log.add(10, { kind: 'spravato-device', lot: 'L1' });
    log.add(11, { kind: 'entered-in-error', entryId: wrong, reason: 'recorded on the wrong patient' });
    const d = deriveSession(session('spravato-56'), log.entries, null, at(20));
    expect(d.timer.anchorAt).toBe(at(10));
    expect(d.errors.get(wrong)?.reason).toBe('recorded on the wrong patient');
    expect(d.nextDevice).toEqual({ number: 2, allowedAt: at(15) });
  });

  it('freezes the record of a closed session at the moment it closed', () => {
    const log = new EntryLog();
    log.add(0, { kind: 'spravato-device', lot: 'L1' });
    const closure = { sessionId: 's', kind: 'discharged' as const, at: isoAt(125), by: 'N', clinician: 'Dr B', note: null };
    const d = deriveSession(session('spravato-56'), log.entries, closure, at(600));
    expect(d.timer.elapsedMs).toBe(125 * 60_000);
    expect(d.phase).toBe('closed');
    expect(d.discharge.allowed).toBe(false);
  });
});
