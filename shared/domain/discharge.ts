// Whether a clinician may record the discharge now. The minimum observation is the floor; an active
// HIGH or MEDIUM alarm (a crisis BP, low SpO2, deep sedation, a check not recorded) also holds the
// patient until it clears. The full criteria and the override with reasons come with the discharge
// criteria engine.
import type { AlarmPriority } from './alarm-types';

export interface DischargeAvailability {
  allowed: boolean;
  reasons: string[];
}

export function dischargeAvailability(
  base: DischargeAvailability,
  activeAlarms: ReadonlyArray<{ priority: AlarmPriority; message: string }>,
): DischargeAvailability {
  const holding = activeAlarms.filter((a) => a.priority === 'high' || a.priority === 'medium');
  if (holding.length === 0) return base;
  return {
    allowed: false,
    reasons: [...base.reasons, ...holding.map((a) => `Active ${a.priority.toUpperCase()} alarm: ${a.message}`)],
  };
}
