// Which of the core's message paths the protocol editor shows at a field, with the field's name, so
// the message at the Save button can say "check Crisis limit" instead of repeating them.
import { BP_LIMITS } from './LimitsFields';

const FIXED: Record<string, string> = {
  'protocol.name': 'Protocol name',
  'protocol.drug': 'Drug',
  'protocol.dose': 'Drug',
  'protocol.dose.devices': 'Devices',
  'protocol.dose.mgPerDevice': 'Mg per device',
  'protocol.dose.restBetweenDevicesMin': 'Rest between devices',
  'protocol.dose.route': 'Route',
  'protocol.minimumObservationMin': 'Minimum observation',
  'protocol.minimumAfterInfusionEndMin': 'Observation after the infusion ends',
  'protocol.graceMin': 'Grace before a check is overdue',
  'protocol.checks': 'Scheduled checks',
  'protocol.limits.spo2High': 'SpO2 danger level',
  'protocol.limits.spo2Medium': 'SpO2 warning level',
  'protocol.requiresTransportConfirmation': 'Transport home',
  'protocol.asksSpravatoPreparation': 'Spravato preparation',
  'protocol.remsApplies': 'REMS monitoring form',
  'protocol.recoveryScore': 'Recovery score',
  'protocol.recoveryScore.scale': 'Recovery score',
  'protocol.recoveryScore.requiredMin': 'Score needed to leave',
};

const CHECK_FIELDS = ['id', 'label', 'when', 'atMin', 'windowBeforeMin', 'windowAfterMin', 'measures'];

export function protocolFieldLabels(checkCount: number): Record<string, string> {
  const labels: Record<string, string> = { ...FIXED };
  for (const l of BP_LIMITS) {
    for (const suffix of ['', '.systolic', '.diastolic']) labels[`protocol.limits.${l.name}${suffix}`] = l.label;
  }
  for (let i = 0; i < checkCount; i += 1) {
    for (const f of CHECK_FIELDS) labels[`protocol.checks.${i}.${f}`] = `Check ${i + 1}`;
  }
  return labels;
}
