import { describe, expect, it } from 'vitest';
import { DEFAULT_PREFERENCES } from '../../shared/domain/station-preferences';
import { parseSettings } from '../../electron/station/settings/validate-settings';

const chairs = Array.from({ length: 8 }, (_, i) => ({ id: `chair-${i + 1}`, name: `Chair ${i + 1}` }));
const monitor = { id: 'm1', name: 'SunTech 1', protocol: 'suntech', path: '/dev/ttyUSB0', baudRate: 9600, usb: null, chairId: 'chair-2', measureScheduledChecks: false };

describe('reading the settings file', () => {
  it('keeps the clinic\'s 8 chairs when one monitor entry is broken', () => {
    const parsed = parseSettings({ chairs, alarmPauseMinutes: 3, devices: [monitor, { ...monitor, id: 'm2', protocol: 'unknown' }] });
    expect(parsed.settings.chairs).toHaveLength(8);
    expect(parsed.settings.alarmPauseMinutes).toBe(3);
    expect(parsed.settings.devices.map((d) => d.id)).toEqual(['m1']);
    expect(parsed.valid).toBe(false);
    expect(parsed.problems).toEqual(['a BP monitor entry is not valid and was left out']);
  });

  it('leaves out a second monitor on the same chair, and one for a chair that does not exist', () => {
    const parsed = parseSettings({ chairs, devices: [monitor, { ...monitor, id: 'm2', path: '/dev/ttyUSB1' }, { ...monitor, id: 'm3', path: '/dev/ttyUSB2', chairId: 'chair-40' }] });
    expect(parsed.settings.devices.map((d) => d.id)).toEqual(['m1']);
  });

  it('falls back to the default chairs only when the chair list itself is unusable', () => {
    const parsed = parseSettings({ chairs: [{ id: 'a', name: 'A' }, { id: 'a', name: 'B' }] });
    expect(parsed.settings.chairs.map((c) => c.name)).toEqual(['Chair 1', 'Chair 2', 'Chair 3', 'Chair 4']);
    expect(parsed.problems[0]).toMatch(/chair list/);
  });

  it('reads a missing file or a non-object as the defaults', () => {
    expect(parseSettings(undefined).settings).toEqual({ chairs: parseSettings(null).settings.chairs, alarmPauseMinutes: 2, devices: [], remsModule: true, preferences: DEFAULT_PREFERENCES });
  });

  it('keeps the other preferences when one is damaged', () => {
    const parsed = parseSettings({ chairs, preferences: { alarmVolumePercent: 0, lockAfterMinutes: 3 } });
    expect(parsed.settings.preferences).toEqual({ ...DEFAULT_PREFERENCES, lockAfterMinutes: 3 });
    expect(parsed.problems).toEqual(['the setting "alarmVolumePercent" is not valid: using the default']);
  });

  it('keeps the REMS module on when its switch is damaged, and says so', () => {
    const parsed = parseSettings({ remsModule: 'off' });
    expect(parsed.settings.remsModule).toBe(true);
    expect(parsed.problems).toContain('the REMS module switch is not valid: the module is on');
    expect(parseSettings({ remsModule: false }).settings.remsModule).toBe(false);
  });
});
