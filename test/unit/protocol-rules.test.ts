// The rules between a protocol's values, each refused with a message that says what to change.
import { describe, expect, it } from 'vitest';
import { protocolIssues } from '../../shared/domain/protocol-rules';
import { BUILT_IN_PROTOCOLS, type Protocol } from '../../shared/domain/protocols';

const spravato = BUILT_IN_PROTOCOLS.find((p) => p.id === 'spravato-56')!;
const ketamineIm = BUILT_IN_PROTOCOLS.find((p) => p.id === 'ketamine-im')!;
const messages = (p: Protocol) => protocolIssues(p).map((i) => `${i.path}: ${i.message}`);

describe('protocol rules', () => {
  it('accept every built-in protocol', () => {
    for (const p of BUILT_IN_PROTOCOLS) expect(messages(p), p.name).toEqual([]);
  });

  it('accept a check after the minimum observation', () => {
    const late = { ...spravato.checks[1], id: 't150', label: '150 min', atMin: 150, windowAfterMin: null };
    expect(messages({ ...spravato, checks: [...spravato.checks, late] })).toEqual([]);
  });

  it('refuse a crisis limit at or below the post-dose limit, on either number', () => {
    const withCrisis = (systolic: number, diastolic: number) => messages({ ...spravato, limits: { ...spravato.limits, crisisBp: { systolic, diastolic } } });
    expect(withCrisis(160, 110)).toEqual(['limits.crisisBp: The crisis limit (160/110) must be above the post-dose limit (160/100)']);
    expect(withCrisis(180, 100)[0]).toMatch(/^limits.crisisBp: The crisis limit \(180\/100\)/);
    expect(withCrisis(161, 101)).toEqual([]);
  });

  it('refuse a discharge limit at the crisis limit, a systolic not above its diastolic, an SpO2 warning not above danger', () => {
    const l = spravato.limits;
    expect(messages({ ...spravato, limits: { ...l, dischargeBp: l.crisisBp } })).toContain('limits.dischargeBp: The discharge limit must be below the crisis limit');
    expect(messages({ ...spravato, limits: { ...l, preDoseBp: { systolic: 90, diastolic: 90 } } })).toContain('limits.preDoseBp.systolic: Pre-dose limit: systolic must be higher than diastolic');
    expect(messages({ ...spravato, limits: { ...l, spo2Medium: 92 } })).toContain('limits.spo2Medium: The SpO2 warning level (92%) must be above the danger level (92%)');
  });

  it('refuse checks that cannot be kept: two pre-dose checks, a window opening before the dose, two at one minute, one name twice', () => {
    const [pre, t40] = spravato.checks;
    expect(messages({ ...spravato, checks: [pre, { ...pre, id: 'pre-2' }] })).toContain('checks: A protocol has exactly one pre-dose check');
    expect(messages({ ...spravato, checks: [pre, { ...t40, atMin: 5, windowBeforeMin: 10 }] })).toContain('checks.1.windowBeforeMin: The 40 min check cannot open before the dose (10 min before 5 min)');
    expect(messages({ ...spravato, checks: [pre, t40, { ...t40, id: 'again' }] })).toContain('checks: Two timed checks fall at the same minute');
    expect(messages({ ...spravato, checks: [pre, t40, { ...t40, atMin: 60 }] })).toContain('checks.2.id: Two checks are named "t40"');
  });

  it('refuse settings that belong to the other drug or route', () => {
    expect(messages({ ...ketamineIm, remsApplies: true })).toContain('remsApplies: The Spravato REMS applies to esketamine protocols only');
    expect(messages({ ...spravato, recoveryScore: { scale: 'aldrete', requiredMin: 9 } })).toContain('recoveryScore: Recovery scores are offered on ketamine protocols');
    expect(messages({ ...ketamineIm, minimumAfterInfusionEndMin: 60 })).toContain('minimumAfterInfusionEndMin: Observation after the end of an infusion applies to IV protocols only');
    expect(messages({ ...spravato, dose: { kind: 'ketamine', route: 'IM' } })).toContain('dose: An esketamine protocol doses with Spravato devices');
  });
});
