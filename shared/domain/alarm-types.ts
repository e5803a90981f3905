// Alarm vocabulary, after the conventions of IEC 60601-1-8: three priorities, physiological and
// technical alarms, each alarm identified by the condition that raised it.

export type AlarmPriority = 'high' | 'medium' | 'low';
export const PRIORITY_RANK: Record<AlarmPriority, number> = { low: 1, medium: 2, high: 3 };

export type AlarmCategory = 'physiological' | 'technical' | 'reminder';

/** A condition that holds now for one session, as the rules evaluate it. */
export interface AlarmCondition {
  /** Stable per session: the same key is the same alarm while the condition lasts. */
  key: string;
  category: AlarmCategory;
  priority: AlarmPriority;
  message: string;
  /** Larger is worse within one key (e.g. a lower SpO2); an acknowledged alarm is raised again
   *  when its condition gets worse. */
  severity: number;
}

export function higherPriority(a: AlarmPriority | null, b: AlarmPriority | null): AlarmPriority | null {
  if (a === null) return b;
  if (b === null) return a;
  return PRIORITY_RANK[a] >= PRIORITY_RANK[b] ? a : b;
}
