import { describe, expect, it } from 'vitest';
import { deriveSession } from '../../shared/domain/observation';
import { at, EntryLog, session } from '../support/entries';

describe('before the dose', () => {
  it('blocks a Spravato dose until transport, baseline BP and SpO2 are recorded', () => {
    const d = deriveSession(session('spravato-56'), [], null, at(0));
    expect(d.doseBlockers).toEqual([
      'Confirm that someone else will drive the patient home',
      'Record the pre-dose blood pressure',
      'Record the pre-dose SpO2',
    ]);
  });

  it('does not ask ketamine patients for the Spravato transport confirmation', () => {
    const log = new EntryLog();
    log.fullCheck(-5);
    expect(deriveSession(session('ketamine-iv'), log.entries, null, at(0)).doseBlockers).toEqual([]);
  });

  it('needs a clinician to acknowledge a baseline above 140/90, and only the latest baseline counts', () => {
    const log = new EntryLog();
    log.add(-20, { kind: 'pre-dose-confirmation', transportHome: true, fasting: true, nasalPreparation: true });
    const high = log.fullCheck(-15, 150, 85);
    let d = deriveSession(session('spravato-56'), log.entries, null, at(0));
    expect(d.preDose.baselineElevated).toBe(true);
    expect(d.doseBlockers).toEqual(['Pre-dose BP 150/85 is above 140/90: a clinician must acknowledge it']);

    log.add(-10, { kind: 'baseline-acknowledgment', observationId: high, clinician: 'Dr B', note: null });
    d = deriveSession(session('spravato-56'), log.entries, null, at(0));
    expect(d.doseBlockers).toEqual([]);
    expect(d.preDose.acknowledgment?.clinician).toBe('Dr B');

    // A new, still elevated reading needs its own acknowledgment.
    log.fullCheck(-5, 142, 80);
    d = deriveSession(session('spravato-56'), log.entries, null, at(0));
    expect(d.doseBlockers).toHaveLength(1);
  });

  it('treats exactly 140/90 as not elevated (the limit is "above")', () => {
    const log = new EntryLog();
    log.fullCheck(-5, 140, 90);
    expect(deriveSession(session('spravato-56'), log.entries, null, at(0)).preDose.baselineElevated).toBe(false);
  });

  it('asks for the 5-minute rest between Spravato devices', () => {
    const log = new EntryLog();
    log.add(0, { kind: 'spravato-device', lot: 'L1' });
    const d = deriveSession(session('spravato-84'), log.entries, null, at(1));
    expect(d.nextDevice).toEqual({ number: 2, allowedAt: at(5) });
    expect(d.phase).toBe('dosing');
  });
});
