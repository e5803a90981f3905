// The station preferences as the admin sends them, each with a message that names the setting.
import { z } from 'zod';
import { PREFERENCE_LIMITS } from '../domain/station-preferences';

function within(label: string, r: { min: number; max: number }, unit: string) {
  const message = `${label} must be ${r.min} to ${r.max}${unit}`;
  return z.number({ error: `${label} must be a number` }).int({ error: `${label} must be a whole number` }).min(r.min, { error: message }).max(r.max, { error: message });
}

export const PreferencesSchema = z.strictObject({
  alarmVolumePercent: within('Alarm volume', PREFERENCE_LIMITS.alarmVolumePercent, '%'),
  lockAfterMinutes: within('Lock after', PREFERENCE_LIMITS.lockAfterMinutes, ' min'),
  pinMaxAttempts: within('Wrong PINs before a lock', PREFERENCE_LIMITS.pinMaxAttempts, ''),
  pinLockMinutes: within('PIN lock', PREFERENCE_LIMITS.pinLockMinutes, ' min'),
  dateFormat: z.enum(['day-month-year', 'month-day-year', 'year-month-day'], { error: 'Choose a date format' }),
  clockFormat: z.enum(['24h', '12h'], { error: 'Choose 24-hour or 12-hour time' }),
});
