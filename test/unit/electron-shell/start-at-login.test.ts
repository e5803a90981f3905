// Start at login follows kiosk.json on an installed station (Windows, macOS); otherwise it is left alone.
import { describe, expect, it } from 'vitest';
import type { KioskSettingsRead } from '../../../electron/kiosk/kiosk-settings';
import { applyStartAtLogin, loginItemPlan } from '../../../electron/kiosk/start-at-login';

const file = (startAtLogin: boolean): KioskSettingsRead => ({ settings: { kiosk: true, startAtLogin }, source: 'file' });
const installed = { platform: 'win32' as const, packaged: true };

describe('loginItemPlan', () => {
  it('follows the file on an installed Windows or macOS station, on and off', () => {
    expect(loginItemPlan(file(true), installed)).toEqual({ apply: true, openAtLogin: true });
    expect(loginItemPlan(file(false), { platform: 'darwin', packaged: true })).toEqual({ apply: true, openAtLogin: false });
  });

  it('leaves the login item alone without a usable file', () => {
    expect(loginItemPlan({ settings: { kiosk: false, startAtLogin: false }, source: 'none' }, installed)).toMatchObject({ apply: false, mention: false });
    expect(loginItemPlan({ settings: { kiosk: false, startAtLogin: false }, source: 'damaged', problem: 'x' }, installed)).toMatchObject({ apply: false });
  });

  it('on Linux or in a development copy, does nothing and says so only when it was asked for', () => {
    expect(loginItemPlan(file(true), { platform: 'linux', packaged: true })).toMatchObject({ apply: false, mention: true, reason: expect.stringMatching(/autostart/) });
    expect(loginItemPlan(file(false), { platform: 'linux', packaged: true })).toMatchObject({ apply: false, mention: false });
    expect(loginItemPlan(file(true), { platform: 'win32', packaged: false })).toMatchObject({ apply: false, mention: true });
  });
});

describe('applyStartAtLogin', () => {
  it('registers or removes the login item and logs it', () => {
    const set: unknown[] = [];
    const lines: string[] = [];
    applyStartAtLogin({ setLoginItemSettings: (s) => set.push(s) }, { apply: true, openAtLogin: true }, (l) => lines.push(l));
    applyStartAtLogin({ setLoginItemSettings: (s) => set.push(s) }, { apply: true, openAtLogin: false }, (l) => lines.push(l));
    expect(set).toEqual([{ openAtLogin: true }, { openAtLogin: false }]);
    expect(lines).toEqual(['Start at login is on.', 'Start at login is off.']);
  });

  it('touches nothing when the plan says not to', () => {
    const set: unknown[] = [];
    const lines: string[] = [];
    applyStartAtLogin({ setLoginItemSettings: (s) => set.push(s) }, { apply: false, reason: 'only an installed station registers itself', mention: true }, (l) => lines.push(l));
    expect(set).toEqual([]);
    expect(lines).toEqual(['Start at login not set: only an installed station registers itself.']);
  });
});
