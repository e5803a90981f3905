// How loud a burst plays: the admin's alarm volume, except that a HIGH alarm is never quieter than
// HIGH_ALARM_MIN_VOLUME, so a low setting chosen for a quiet room cannot hide a crisis.
import type { AlarmPriority } from '../../../shared/domain/alarm-types';
import { HIGH_ALARM_MIN_VOLUME } from '../../../shared/domain/station-preferences';

/** The factor (0-1) applied to a priority's own level at this volume setting (percent). */
export function alarmVolumeFactor(priority: AlarmPriority, volumePercent: number): number {
  const percent = priority === 'high' ? Math.max(volumePercent, HIGH_ALARM_MIN_VOLUME) : volumePercent;
  return Math.min(100, Math.max(0, percent)) / 100;
}
