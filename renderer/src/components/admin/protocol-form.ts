// A protocol as the admin's editor holds it: every number as typed (a field may be empty or hold a
// typo while someone is typing), and the request it becomes. A typed value that is not a clean
// number is sent as typed, so the core answers with its own message at that field.
import type { RequestInput } from '../../../../shared/api/contract';
import type { RecoveryScale } from '../../../../shared/domain/records';
import { ALL_MEASURES, type Measure, type Protocol, remsApplies } from '../../../../shared/domain/protocols';
import { numberOrRaw } from '../../format/numbers';

export type ProtocolInput = RequestInput<'protocols.save'>['protocol'];
type Route = 'IV' | 'IM' | 'sublingual';
type Drug = Protocol['drug'];

export interface BpForm {
  systolic: string;
  diastolic: string;
}

export interface CheckForm {
  /** The check's id in the protocol; kept across versions so a check stays the same check. */
  id: string;
  label: string;
  when: 'pre-dose' | 'timed';
  atMin: string;
  windowBeforeMin: string;
  /** Empty: the window stays open until the next check's opens. */
  windowAfterMin: string;
  measures: Measure[];
}

export type LimitName = 'preDoseBp' | 'postDoseBp' | 'crisisBp' | 'dischargeBp';

export interface ProtocolForm {
  name: string;
  drug: Drug;
  /** Spravato doses. */
  devices: string;
  mgPerDevice: string;
  restBetweenDevicesMin: string;
  /** Ketamine doses. */
  route: Route;
  minimumObservationMin: string;
  /** IV only; empty: no minimum after the infusion ends. */
  minimumAfterInfusionEndMin: string;
  graceMin: string;
  checks: CheckForm[];
  limits: Record<LimitName, BpForm> & { spo2High: string; spo2Medium: string };
  requiresTransportConfirmation: boolean;
  asksSpravatoPreparation: boolean;
  remsApplies: boolean;
  recoveryScale: RecoveryScale | 'none';
  /** Empty: the score is recorded, not required. */
  recoveryRequiredMin: string;
}

/** What the editor is working on: a new version of a protocol, or a new protocol. */
export interface EditTarget {
  /** The protocol a new version replaces, and the version the edit started from. */
  id?: string;
  version?: number;
  form: ProtocolForm;
}

const text = (n: number | null | undefined) => (n === null || n === undefined ? '' : String(n));
const bp = (l: { systolic: number; diastolic: number }): BpForm => ({ systolic: text(l.systolic), diastolic: text(l.diastolic) });

export function formFromProtocol(p: Protocol): ProtocolForm {
  const dose = p.dose;
  return {
    name: p.name,
    drug: p.drug,
    devices: dose.kind === 'spravato-devices' ? text(dose.devices) : '2',
    mgPerDevice: dose.kind === 'spravato-devices' ? text(dose.mgPerDevice) : '28',
    restBetweenDevicesMin: dose.kind === 'spravato-devices' ? text(dose.restBetweenDevicesMin) : '5',
    route: dose.kind === 'ketamine' ? dose.route : 'IV',
    minimumObservationMin: text(p.minimumObservationMin),
    minimumAfterInfusionEndMin: text(p.minimumAfterInfusionEndMin),
    graceMin: text(p.graceMin),
    checks: p.checks.map((c) => ({
      id: c.id,
      label: c.label,
      when: c.when,
      atMin: text(c.atMin),
      windowBeforeMin: text(c.windowBeforeMin),
      windowAfterMin: text(c.windowAfterMin),
      measures: [...c.measures],
    })),
    limits: {
      preDoseBp: bp(p.limits.preDoseBp),
      postDoseBp: bp(p.limits.postDoseBp),
      crisisBp: bp(p.limits.crisisBp),
      dischargeBp: bp(p.limits.dischargeBp),
      spo2High: text(p.limits.spo2High),
      spo2Medium: text(p.limits.spo2Medium),
    },
    requiresTransportConfirmation: p.requiresTransportConfirmation,
    asksSpravatoPreparation: p.asksSpravatoPreparation,
    remsApplies: remsApplies(p),
    recoveryScale: p.recoveryScore?.scale ?? 'none',
    recoveryRequiredMin: text(p.recoveryScore?.requiredMin),
  };
}

/** A name for a copy that fits the 60 characters a protocol name may have. */
export function copyName(name: string): string {
  return `Copy of ${name}`.slice(0, 60);
}

/**
 * The drug decides the dose form and what applies: the Spravato switches for esketamine, a
 * recovery score for ketamine. Switching offers the usual settings; the admin can change them.
 */
export function withDrug(form: ProtocolForm, drug: Drug): ProtocolForm {
  if (drug === form.drug) return form;
  if (drug === 'esketamine') {
    return { ...form, drug, minimumAfterInfusionEndMin: '', requiresTransportConfirmation: true, asksSpravatoPreparation: true, remsApplies: true, recoveryScale: 'none', recoveryRequiredMin: '' };
  }
  return {
    ...form,
    drug,
    minimumAfterInfusionEndMin: form.route === 'IV' ? '60' : '',
    asksSpravatoPreparation: false,
    remsApplies: false,
    recoveryScale: 'aldrete',
    recoveryRequiredMin: form.route === 'IV' ? '9' : '',
  };
}

/** Observation after the end of an infusion applies to IV only. */
export function withRoute(form: ProtocolForm, route: Route): ProtocolForm {
  const after = route === 'IV' ? form.minimumAfterInfusionEndMin || '60' : '';
  return { ...form, route, minimumAfterInfusionEndMin: after };
}

/** A new timed check 15 minutes after the last one, measuring everything; its id is not taken. */
export function newCheck(checks: readonly CheckForm[]): CheckForm {
  const minutes = checks.filter((c) => c.when === 'timed').map((c) => Number(c.atMin)).filter(Number.isFinite);
  const atMin = minutes.length > 0 ? Math.max(...minutes) + 15 : 15;
  const taken = new Set(checks.map((c) => c.id));
  let n = 1;
  while (taken.has(`check-${n}`)) n += 1;
  return { id: `check-${n}`, label: `${atMin} min`, when: 'timed', atMin: String(atMin), windowBeforeMin: '5', windowAfterMin: '', measures: [...ALL_MEASURES] };
}

/** A check still named after its minute ("40 min") keeps being named after it when the minute changes. */
export function withMinute(check: CheckForm, atMin: string): CheckForm {
  const namedByMinute = check.label.trim() === `${check.atMin.trim()} min`;
  return { ...check, atMin, label: namedByMinute && atMin.trim() !== '' ? `${atMin.trim()} min` : check.label };
}

/** The pre-dose check first, then the timed ones by minute, as the schedule runs. Rows whose minute
 *  is not a number yet keep their place after the others. */
export function inScheduleOrder(checks: readonly CheckForm[]): CheckForm[] {
  const minute = (c: CheckForm) => (c.when === 'pre-dose' ? -1 : Number.isFinite(Number(c.atMin)) && c.atMin.trim() !== '' ? Number(c.atMin) : Infinity);
  return [...checks].sort((a, b) => minute(a) - minute(b));
}

/** A number field as sent: a clean number, else the text as typed (or undefined when empty). */
function num(raw: string): number {
  return numberOrRaw(raw) as number;
}

/** An optional number field: null when empty. */
function numOrNull(raw: string): number | null {
  return raw.trim() === '' ? null : num(raw);
}

const bpInput = (b: BpForm) => ({ systolic: num(b.systolic), diastolic: num(b.diastolic) });

export function toProtocolInput(target: EditTarget): ProtocolInput {
  const f = target.form;
  return {
    ...(target.id ? { id: target.id } : {}),
    ...(target.version !== undefined ? { version: target.version } : {}),
    name: f.name,
    drug: f.drug,
    dose:
      f.drug === 'esketamine'
        ? { kind: 'spravato-devices', devices: num(f.devices), mgPerDevice: num(f.mgPerDevice), restBetweenDevicesMin: num(f.restBetweenDevicesMin) }
        : { kind: 'ketamine', route: f.route },
    minimumObservationMin: num(f.minimumObservationMin),
    minimumAfterInfusionEndMin: f.drug === 'ketamine' && f.route === 'IV' ? numOrNull(f.minimumAfterInfusionEndMin) : null,
    checks: f.checks.map((c) =>
      c.when === 'pre-dose'
        ? { id: c.id, label: c.label, when: c.when, atMin: 0, windowBeforeMin: 0, windowAfterMin: null, measures: c.measures }
        : { id: c.id, label: c.label, when: c.when, atMin: num(c.atMin), windowBeforeMin: num(c.windowBeforeMin), windowAfterMin: numOrNull(c.windowAfterMin), measures: c.measures },
    ),
    graceMin: num(f.graceMin),
    limits: {
      preDoseBp: bpInput(f.limits.preDoseBp),
      postDoseBp: bpInput(f.limits.postDoseBp),
      crisisBp: bpInput(f.limits.crisisBp),
      dischargeBp: bpInput(f.limits.dischargeBp),
      spo2High: num(f.limits.spo2High),
      spo2Medium: num(f.limits.spo2Medium),
    },
    requiresTransportConfirmation: f.requiresTransportConfirmation,
    asksSpravatoPreparation: f.asksSpravatoPreparation,
    recoveryScore: f.recoveryScale === 'none' ? null : { scale: f.recoveryScale, requiredMin: numOrNull(f.recoveryRequiredMin) },
    remsApplies: f.remsApplies,
  };
}
