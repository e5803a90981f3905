// Recovery scores for ketamine sessions: the modified Aldrete score and PADSS (post-anaesthetic
// discharge scoring system). Each has five components scored 0-2, total 0-10; 9 or more is the
// usual threshold for leaving. Component wording is ours, after the published scales.
import type { RecoveryScale } from './records';

export interface ScoreComponent {
  id: string;
  label: string;
  /** What 0, 1 and 2 mean, in that order. */
  options: readonly [string, string, string];
}

export const RECOVERY_SCALES: Record<RecoveryScale, { label: string; components: readonly ScoreComponent[] }> = {
  aldrete: {
    label: 'Modified Aldrete',
    components: [
      { id: 'activity', label: 'Activity', options: ['Moves no limbs', 'Moves 2 limbs', 'Moves 4 limbs'] },
      { id: 'respiration', label: 'Respiration', options: ['Apnoeic', 'Dyspnoea or limited breathing', 'Breathes deeply and coughs freely'] },
      { id: 'circulation', label: 'Circulation', options: ['BP ±50% of pre-dose or more', 'BP within ±20-50% of pre-dose', 'BP within ±20% of pre-dose'] },
      { id: 'consciousness', label: 'Consciousness', options: ['Not responding', 'Rousable on calling', 'Fully awake'] },
      { id: 'spo2', label: 'Oxygen saturation', options: ['Below 90% even with oxygen', 'Needs oxygen to stay above 90%', 'Above 92% on room air'] },
    ],
  },
  padss: {
    label: 'PADSS',
    components: [
      { id: 'vitalSigns', label: 'Vital signs', options: ['BP and pulse beyond 40% of pre-dose', 'Within 20-40% of pre-dose', 'Within 20% of pre-dose'] },
      { id: 'activity', label: 'Activity and mental status', options: ['Neither oriented nor steady', 'Oriented or steady, not both', 'Oriented and steady on feet'] },
      { id: 'painNausea', label: 'Pain, nausea and vomiting', options: ['Severe', 'Moderate', 'Minimal'] },
      { id: 'bleeding', label: 'Bleeding', options: ['Severe', 'Moderate', 'Minimal or none'] },
      { id: 'intakeOutput', label: 'Intake and output', options: ['Neither', 'Drinking or voided, not both', 'Drinking and voided'] },
    ],
  },
};

export const RECOVERY_SCALE_NAMES = ['aldrete', 'padss'] as const satisfies readonly RecoveryScale[];

/** The total of a complete score, or the reason it is not one. */
export function scoreTotal(scale: RecoveryScale, components: Record<string, number>): { total: number } | { error: string } {
  const expected = RECOVERY_SCALES[scale].components;
  const unknown = Object.keys(components).filter((k) => !expected.some((c) => c.id === k));
  if (unknown.length > 0) return { error: `${RECOVERY_SCALES[scale].label} has no component "${unknown[0]}"` };
  let total = 0;
  for (const c of expected) {
    const v = components[c.id];
    if (v === undefined) return { error: `Score every component: ${c.label} is missing` };
    if (!Number.isInteger(v) || v < 0 || v > 2) return { error: `${c.label} must be 0, 1 or 2` };
    total += v;
  }
  return { total };
}
