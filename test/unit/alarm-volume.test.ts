// The alarm volume setting scales every alarm sound, but a HIGH alarm never plays below half volume.
import { describe, expect, it } from 'vitest';
import { alarmVolumeFactor } from '../../renderer/src/alarm-sound/volume';
import { HIGH_ALARM_MIN_VOLUME } from '../../shared/domain/station-preferences';

describe('alarm volume', () => {
  it('plays MEDIUM and LOW alarms at the chosen volume', () => {
    expect(alarmVolumeFactor('medium', 80)).toBe(0.8);
    expect(alarmVolumeFactor('low', 10)).toBe(0.1);
    expect(alarmVolumeFactor('medium', 100)).toBe(1);
  });

  it('never plays a HIGH alarm below the minimum, however low the setting', () => {
    expect(HIGH_ALARM_MIN_VOLUME).toBe(50);
    expect(alarmVolumeFactor('high', 10)).toBe(0.5);
    expect(alarmVolumeFactor('high', 49)).toBe(0.5);
    expect(alarmVolumeFactor('high', 80)).toBe(0.8);
  });

  it('stays within silence and full volume', () => {
    expect(alarmVolumeFactor('medium', 140)).toBe(1);
    expect(alarmVolumeFactor('low', -5)).toBe(0);
    expect(alarmVolumeFactor('high', -5)).toBe(0.5);
  });
});
