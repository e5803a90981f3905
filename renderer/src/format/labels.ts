// Words for the core's codes. Every state is shown in words as well as colour.
import type { CheckState, Phase } from '../../../shared/domain/observation';
import type { Measure } from '../../../shared/domain/protocols';

export const PHASE_LABELS: Record<Phase, string> = {
  'pre-dose': 'Before dose',
  dosing: 'Dosing',
  observation: 'Observation',
  closed: 'Closed',
};

export const MEASURE_LABELS: Record<Measure, string> = {
  bp: 'BP',
  spo2: 'SpO2',
  moaas: 'MOAA/S',
  dissociation: 'Dissociation',
};

export const CHECK_STATE_LABELS: Record<CheckState, string> = {
  pending: 'After dose',
  upcoming: 'Upcoming',
  due: 'Due',
  overdue: 'Overdue',
  missed: 'Missed',
  done: 'Done',
};

export const TREND_WORDS: Record<'up' | 'down' | 'same', { arrow: string; word: string }> = {
  up: { arrow: '↑', word: 'rising' },
  down: { arrow: '↓', word: 'falling' },
  same: { arrow: '→', word: 'steady' },
};

export function measureList(measures: readonly Measure[]): string {
  return measures.map((m) => MEASURE_LABELS[m]).join(', ');
}

/** "40 min" -> "40 min check"; "Pre-discharge" -> "Pre-discharge check". */
export function checkName(label: string): string {
  return /check$/i.test(label) ? label : `${label} check`;
}

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
