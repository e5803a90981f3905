// What a clinic may set in a protocol. The shape is checked by the contract's schema; these are the
// rules between values, each refused with a message that says what to change. A check after the
// minimum observation is allowed (a clinic may want one); a crisis limit below the post-dose limit is not.
import type { BpLimit, Protocol } from './protocols';

export interface ProtocolIssue {
  path: string;
  message: string;
}

function bpPair(issues: ProtocolIssue[], path: string, label: string, bp: BpLimit): void {
  if (bp.systolic <= bp.diastolic) issues.push({ path: `${path}.systolic`, message: `${label}: systolic must be higher than diastolic` });
}

export function protocolIssues(p: Protocol): ProtocolIssue[] {
  const issues: ProtocolIssue[] = [];
  const add = (path: string, message: string) => issues.push({ path, message });

  if (p.drug === 'esketamine' && p.dose.kind !== 'spravato-devices') add('dose', 'An esketamine protocol doses with Spravato devices');
  if (p.drug === 'ketamine' && p.dose.kind !== 'ketamine') add('dose', 'A ketamine protocol records a ketamine dose');
  const iv = p.dose.kind === 'ketamine' && p.dose.route === 'IV';
  if (p.minimumAfterInfusionEndMin !== null && !iv) add('minimumAfterInfusionEndMin', 'Observation after the end of an infusion applies to IV protocols only');

  const l = p.limits;
  bpPair(issues, 'limits.preDoseBp', 'Pre-dose limit', l.preDoseBp);
  bpPair(issues, 'limits.postDoseBp', 'Post-dose limit', l.postDoseBp);
  bpPair(issues, 'limits.crisisBp', 'Crisis limit', l.crisisBp);
  bpPair(issues, 'limits.dischargeBp', 'Discharge limit', l.dischargeBp);
  if (l.crisisBp.systolic <= l.postDoseBp.systolic || l.crisisBp.diastolic <= l.postDoseBp.diastolic) {
    add('limits.crisisBp', `The crisis limit (${l.crisisBp.systolic}/${l.crisisBp.diastolic}) must be above the post-dose limit (${l.postDoseBp.systolic}/${l.postDoseBp.diastolic})`);
  }
  if (l.dischargeBp.systolic >= l.crisisBp.systolic || l.dischargeBp.diastolic >= l.crisisBp.diastolic) {
    add('limits.dischargeBp', 'The discharge limit must be below the crisis limit');
  }
  if (l.spo2Medium <= l.spo2High) {
    add('limits.spo2Medium', `The SpO2 warning level (${l.spo2Medium}%) must be above the danger level (${l.spo2High}%)`);
  }

  const ids = new Set<string>();
  const preDose = p.checks.filter((c) => c.when === 'pre-dose');
  if (preDose.length !== 1) add('checks', 'A protocol has exactly one pre-dose check');
  p.checks.forEach((c, i) => {
    const path = `checks.${i}`;
    if (ids.has(c.id)) add(`${path}.id`, `Two checks are named "${c.id}"`);
    ids.add(c.id);
    if (c.when !== 'timed') return;
    if (c.windowBeforeMin > c.atMin) add(`${path}.windowBeforeMin`, `The ${c.label} check cannot open before the dose (${c.windowBeforeMin} min before ${c.atMin} min)`);
  });
  const timed = p.checks.filter((c) => c.when === 'timed').map((c) => c.atMin);
  if (new Set(timed).size !== timed.length) add('checks', 'Two timed checks fall at the same minute');
  if (p.remsApplies && p.drug !== 'esketamine') add('remsApplies', 'The Spravato REMS applies to esketamine protocols only');
  if (p.recoveryScore && p.drug !== 'ketamine') add('recoveryScore', 'Recovery scores are offered on ketamine protocols');
  return issues;
}
