import { describe, expect, it } from 'vitest';
import { deriveSession } from '../../shared/domain/observation';
import { at, EntryLog, session } from '../support/entries';

function states(protocolId: string, log: EntryLog, minutes: number) {
  return Object.fromEntries(deriveSession(session(protocolId), log.entries, null, at(minutes)).checks.map((c) => [c.id, c.state]));
}

describe('scheduled checks', () => {
  it('shows the pre-dose check due and the timed checks pending before the dose', () => {
    expect(states('spravato-56', new EntryLog(), 0)).toEqual({ 'pre-dose': 'due', t40: 'pending', t110: 'pending' });
  });

  it('walks the Spravato 40-minute check through upcoming, due, overdue and missed', () => {
    const log = new EntryLog();
    log.fullCheck(-10);
    log.add(0, { kind: 'spravato-device', lot: 'L1' });
    expect(states('spravato-56', log, 39).t40).toBe('upcoming');
    expect(states('spravato-56', log, 40).t40).toBe('due');
    expect(states('spravato-56', log, 45).t40).toBe('due');
    expect(states('spravato-56', log, 46).t40).toBe('overdue');
    expect(states('spravato-56', log, 50).t40).toBe('missed');
    expect(states('spravato-56', log, 50)['pre-dose']).toBe('done');
  });

  it('counts a full check taken at 33 minutes as the 40-minute check (window 30-50)', () => {
    const log = new EntryLog();
    log.fullCheck(-10);
    log.add(0, { kind: 'spravato-device', lot: 'L1' });
    log.fullCheck(33);
    const d = deriveSession(session('spravato-56'), log.entries, null, at(60));
    const t40 = d.checks.find((c) => c.id === 't40');
    expect(t40?.state).toBe('done');
    expect(t40?.doneAt).toBe(at(33));
  });

  it('does not count a check taken outside the window, or one missing a measure', () => {
    const log = new EntryLog();
    log.add(0, { kind: 'spravato-device', lot: 'L1' });
    log.fullCheck(25);
    log.check(41, { bp: { systolic: 130, diastolic: 80 }, spo2: 97 });
    const t40 = deriveSession(session('spravato-56'), log.entries, null, at(44)).checks.find((c) => c.id === 't40');
    expect(t40?.state).toBe('due');
    expect(t40?.missing).toEqual(['moaas', 'dissociation']);
  });

  it('gives ketamine checks at 15, 30, 45, 60, 90 and 120 minutes, each with 5 minutes grace', () => {
    const log = new EntryLog();
    log.add(0, { kind: 'ketamine-dose', route: 'IM', mg: 50, lot: 'K', site: 'deltoid', troches: null, rate: null });
    const d = deriveSession(session('ketamine-im'), log.entries, null, at(0));
    expect(d.checks.filter((c) => c.id !== 'pre-dose').map((c) => (c.dueAt! - at(0)) / 60_000)).toEqual([15, 30, 45, 60, 90, 120]);
    expect(states('ketamine-im', log, 20).t15).toBe('due');
    expect(states('ketamine-im', log, 21).t15).toBe('overdue');
    // The 15-minute check's window closes when the 30-minute check's opens (25 min).
    expect(states('ketamine-im', log, 25).t15).toBe('missed');
  });

  it('ignores a reading marked entered in error', () => {
    const log = new EntryLog();
    log.add(0, { kind: 'spravato-device', lot: 'L1' });
    const wrong = log.fullCheck(40);
    log.add(42, { kind: 'entered-in-error', entryId: wrong, reason: 'wrong chair' });
    expect(states('spravato-56', log, 43).t40).toBe('due');
  });
});
