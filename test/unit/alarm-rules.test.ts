import { describe, expect, it } from 'vitest';
import { alarmConditions } from '../../shared/domain/alarm-rules';
import { deriveSession } from '../../shared/domain/observation';
import { at, EntryLog, session } from '../support/entries';

function conditions(protocolId: string, log: EntryLog, minutes: number) {
  const s = session(protocolId);
  return alarmConditions(s, deriveSession(s, log.entries, null, at(minutes)), 'Chair 2', at(minutes));
}
const byKey = (cs: ReturnType<typeof conditions>) => Object.fromEntries(cs.map((c) => [c.key, c.priority]));

/** A Spravato patient dosed at minute 0 with a complete baseline. */
function dosed(): EntryLog {
  const log = new EntryLog();
  log.fullCheck(-10);
  log.add(0, { kind: 'spravato-device', lot: 'L' });
  log.add(5, { kind: 'spravato-device', lot: 'L' });
  return log;
}

describe('blood pressure alarms', () => {
  it('raises HIGH at or above the crisis limit, naming the chair, patient and value', () => {
    const log = dosed();
    log.check(20, { bp: { systolic: 185, diastolic: 112 } });
    const [c] = conditions('spravato-56', log, 20);
    expect(c).toMatchObject({ key: 'bp-crisis', priority: 'high', category: 'physiological' });
    expect(c.message).toBe('Chair 2 · J. D.: BP 185/112 at or above the crisis limit 180/110 — repeat the reading now');
  });

  it('counts 180 systolic or 110 diastolic alone as a crisis', () => {
    const log = dosed();
    log.check(20, { bp: { systolic: 150, diastolic: 110 } });
    expect(byKey(conditions('spravato-56', log, 20))['bp-crisis']).toBe('high');
  });

  it('downgrades the crisis to MEDIUM when a repeat is below the limit, and clears it after a second one', () => {
    const log = dosed();
    log.check(20, { bp: { systolic: 185, diastolic: 112 } });
    log.check(22, { bp: { systolic: 150, diastolic: 95 } });
    const downgraded = conditions('spravato-56', log, 22).find((c) => c.key === 'bp-crisis');
    expect(downgraded?.priority).toBe('medium');
    expect(downgraded?.message).toMatch(/185\/112 not confirmed/);
    log.check(25, { bp: { systolic: 146, diastolic: 92 } });
    expect(byKey(conditions('spravato-56', log, 25))['bp-crisis']).toBeUndefined();
  });

  it('keeps HIGH when the repeat is also at or above the limit', () => {
    const log = dosed();
    log.check(20, { bp: { systolic: 185, diastolic: 112 } });
    log.check(22, { bp: { systolic: 182, diastolic: 100 } });
    expect(byKey(conditions('spravato-56', log, 22))['bp-crisis']).toBe('high');
  });

  it('raises MEDIUM for a post-dose BP above 160/100 that is not falling, and none once it falls', () => {
    const log = dosed();
    log.check(30, { bp: { systolic: 158, diastolic: 96 } });
    log.check(40, { bp: { systolic: 166, diastolic: 102 } });
    expect(byKey(conditions('spravato-56', log, 40))['bp-high']).toBe('medium');
    log.check(45, { bp: { systolic: 162, diastolic: 101 } });
    expect(byKey(conditions('spravato-56', log, 45))['bp-high']).toBeUndefined();
  });

  it('does not raise the post-dose alarm for a pre-dose reading', () => {
    const log = new EntryLog();
    log.check(-5, { bp: { systolic: 165, diastolic: 102 } });
    expect(byKey(conditions('spravato-56', log, 0))['bp-high']).toBeUndefined();
  });
});

describe('SpO2 and sedation alarms', () => {
  it.each([
    [91, 'high'],
    [92, 'medium'],
    [93, 'medium'],
    [94, undefined],
  ])('SpO2 %i%% -> %s', (spo2, priority) => {
    const log = dosed();
    log.check(30, { spo2 });
    expect(byKey(conditions('spravato-56', log, 30)).spo2).toBe(priority);
  });

  it.each([
    [5, undefined, ''],
    [4, undefined, ''],
    [3, 'medium', 'responds only to a loud or repeated call'],
    [2, 'medium', 'responds only to prodding or shaking'],
    [1, 'high', 'responds only to pain'],
    [0, 'high', 'unresponsive'],
  ])('MOAA/S %i -> %s', (moaas, priority, words) => {
    const log = dosed();
    log.check(30, { moaas });
    const c = conditions('spravato-56', log, 30).find((x) => x.key === 'sedation');
    expect(c?.priority).toBe(priority);
    if (priority) expect(c?.message).toContain(words);
  });
});

describe('overdue checks and the end of observation', () => {
  it('raises MEDIUM after the 5-minute grace and HIGH 10 minutes later, until the check is recorded', () => {
    const log = new EntryLog();
    log.fullCheck(-10);
    log.add(0, { kind: 'ketamine-dose', route: 'IM', mg: 50, lot: 'K', site: null, troches: null, rate: null });
    expect(byKey(conditions('ketamine-im', log, 20))['check-overdue:t15']).toBeUndefined();
    expect(byKey(conditions('ketamine-im', log, 21))['check-overdue:t15']).toBe('medium');
    expect(byKey(conditions('ketamine-im', log, 30))['check-overdue:t15']).toBe('medium');
    expect(byKey(conditions('ketamine-im', log, 31))['check-overdue:t15']).toBe('high');
    log.fullCheck(32);
    expect(byKey(conditions('ketamine-im', log, 32))['check-overdue:t15']).toBeUndefined();
  });

  it('raises LOW "ready for discharge assessment" when the minimum observation is reached', () => {
    const log = dosed();
    log.fullCheck(40);
    log.fullCheck(110);
    expect(byKey(conditions('spravato-56', log, 119))['observation-complete']).toBeUndefined();
    const c = conditions('spravato-56', log, 120).find((x) => x.key === 'observation-complete');
    expect(c).toMatchObject({ priority: 'low', message: 'Chair 2 · J. D.: minimum observation reached — ready for discharge assessment' });
  });

  it('raises nothing for a closed session', () => {
    const log = dosed();
    log.check(20, { spo2: 85 });
    const s = session('spravato-56');
    const closure = { sessionId: s.id, kind: 'discharged' as const, at: new Date(at(30)).toISOString(), by: 'N', clinician: 'Dr', note: null };
    expect(alarmConditions(s, deriveSession(s, log.entries, closure, at(30)), 'Chair 2', at(30))).toEqual([]);
  });
});

describe('technical alarms for a chair\'s BP monitor', () => {
  function withDevice(minutes: number, state: 'connected' | 'disconnected' | 'error') {
    const log = dosed();
    const s = session('spravato-56');
    const health = { deviceName: 'SunTech 1', state, detail: state === 'error' ? 'cuff loose or leaking' : state === 'disconnected' ? 'since 10:12' : null };
    return alarmConditions(s, deriveSession(s, log.entries, null, at(minutes)), 'Chair 2', at(minutes), [health]).find((c) => c.category === 'technical');
  }

  it('raises nothing while the monitor is connected', () => {
    expect(withDevice(20, 'connected')).toBeUndefined();
  });

  it('raises LOW for a disconnected monitor, MEDIUM once a BP check is due', () => {
    expect(withDevice(20, 'disconnected')).toMatchObject({ priority: 'low', message: 'Chair 2 · J. D.: BP monitor SunTech 1 disconnected (since 10:12)' });
    expect(withDevice(41, 'disconnected')?.priority).toBe('medium');
  });

  it('names the device\'s own error', () => {
    expect(withDevice(20, 'error')?.message).toContain('reports an error (cuff loose or leaking)');
  });
});
