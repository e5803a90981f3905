// The admin's station settings: preferences and chair names, and moving a whole setup to a second
// station by export and import, where a broken file changes nothing and says what is wrong.
import { describe, expect, it } from 'vitest';
import { openTestStation, call, FakeClock, readySpravatoPatient, refusal, stationPerTest, tempDataDir, ADMIN } from '../support/station';
import { setUpUsers } from '../support/users';

const t = stationPerTest();

describe('station preferences', () => {
  it('change chair names and preferences, and refuse values a clinic cannot mean', () => {
    const view = call(t.core, 'settings.update', {
      changes: { chairNames: [{ chairId: 'chair-2', name: 'Recliner by window' }], alarmPauseMinutes: 3, preferences: { alarmVolumePercent: 60, clockFormat: '12h' } },
      by: ADMIN,
    });
    expect(view.chairs[1].name).toBe('Recliner by window');
    expect(view).toMatchObject({ alarmPauseMinutes: 3, preferences: { alarmVolumePercent: 60, clockFormat: '12h', lockAfterMinutes: 10 } });
    expect(call(t.core, 'board.get', {}).chairs[1].chairName).toBe('Recliner by window');

    expect(refusal(t.core, 'settings.update', { changes: { preferences: { alarmVolumePercent: 0 } }, by: ADMIN }).message).toBe('Alarm volume must be 10 to 100%');
    expect(refusal(t.core, 'settings.update', { changes: { alarmPauseMinutes: 30 }, by: ADMIN }).message).toBe('Audio pause must be 1 to 5 min');
    expect(refusal(t.core, 'settings.update', { changes: { chairNames: [{ chairId: 'chair-1', name: 'recliner BY window' }] }, by: ADMIN }).message).toMatch(/Two chairs would be called/);
    t.restart();
    expect(call(t.core, 'settings.get', {}).preferences.alarmVolumePercent).toBe(60);
  });

  it('lock a user after the number of wrong PINs the clinic set', () => {
    const users = setUpUsers(t.core);
    call(t.core, 'settings.update', { changes: { preferences: { pinMaxAttempts: 3, pinLockMinutes: 10 } }, by: ADMIN });
    const id = readySpravatoPatient(t.core);
    const wrong = () => refusal(t.core, 'session.discharge', { sessionId: id, signOff: { userId: users.clinician.userId, pin: '0000' } }).message;
    expect(wrong()).toMatch(/2 tries left/);
    wrong();
    expect(wrong()).toMatch(/locked until .* after 3 wrong PINs/);
    t.clock.advanceMinutes(9);
    expect(wrong()).toMatch(/is locked until/);
  });
});

describe('settings export and import', () => {
  function exported(): string {
    call(t.core, 'settings.update', { changes: { chairNames: [{ chairId: 'chair-1', name: 'Window' }], preferences: { lockAfterMinutes: 5 } }, by: ADMIN });
    const draft = call(t.core, 'protocols.all', {})[0].protocol;
    call(t.core, 'protocols.save', { protocol: { ...draft, minimumObservationMin: 150, recoveryScore: null, remsApplies: true }, by: ADMIN });
    call(t.core, 'protocols.setRetired', { protocolId: 'ketamine-sl', retired: true, by: ADMIN });
    const file = call(t.core, 'settings.export', {});
    expect(file.fileName).toMatch(/^observation-station-settings-\d{4}-\d\d-\d\d\.json$/);
    return file.content;
  }

  function secondStation() {
    const data = tempDataDir();
    const core = openTestStation(data.dir, new FakeClock());
    return { core, close: () => (core.close(), data.remove()) };
  }

  it('sets a second station up identically', () => {
    const content = exported();
    const second = secondStation();
    try {
      const report = call(second.core, 'settings.import', { content, by: ADMIN });
      expect(report.protocolsChanged.sort()).toEqual(['Ketamine sublingual', 'Spravato 56 mg']);
      expect(report.settings).toEqual(call(t.core, 'settings.get', {}));
      const strip = (list: Array<{ protocol: object; retired: boolean }>) => list.map((p) => ({ ...p.protocol, version: undefined, retired: p.retired }));
      expect(strip(call(second.core, 'protocols.all', {}))).toEqual(strip(call(t.core, 'protocols.all', {})));
      // Importing the same file again changes no protocol.
      expect(call(second.core, 'settings.import', { content, by: ADMIN }).protocolsChanged).toEqual([]);
    } finally {
      second.close();
    }
  });

  it('changes nothing when any part of the file is wrong, and says what', () => {
    const good = JSON.parse(exported());
    const before = { settings: call(t.core, 'settings.get', {}), protocols: call(t.core, 'protocols.all', {}) };

    const brokenProtocol = structuredClone(good);
    brokenProtocol.protocols[1].protocol.limits.crisisBp = { systolic: 150, diastolic: 95 };
    brokenProtocol.station.preferences.alarmVolumePercent = 70; // a good change in the same file must not land either
    const e1 = refusal(t.core, 'settings.import', { content: JSON.stringify(brokenProtocol), by: ADMIN });
    expect(e1.message).toMatch(/^The settings file was not imported, nothing was changed: .*Spravato 84 mg: The crisis limit \(150\/95\) must be above the post-dose limit/);

    expect(refusal(t.core, 'settings.import', { content: '{"format": "observation-station-settings", "formatVer', by: ADMIN }).message).toBe(
      'The settings file is not readable JSON: nothing was changed',
    );
    expect(refusal(t.core, 'settings.import', { content: JSON.stringify({ ...good, format: 'something-else' }), by: ADMIN }).message).toMatch(/not an Observation Station settings file/);
    const noChairs = structuredClone(good);
    noChairs.station.chairs = [];
    expect(refusal(t.core, 'settings.import', { content: JSON.stringify(noChairs), by: ADMIN }).message).toMatch(/A station has 1 to 12 chairs/);

    expect({ settings: call(t.core, 'settings.get', {}), protocols: call(t.core, 'protocols.all', {}) }).toEqual(before);
  });

  it('will not take away a chair a patient is sitting in', () => {
    const good = JSON.parse(exported());
    readySpravatoPatient(t.core, 'chair-4', 'P-4');
    good.station.chairs = good.station.chairs.slice(0, 3);
    expect(refusal(t.core, 'settings.import', { content: JSON.stringify(good), by: ADMIN }).message).toMatch(/no chair for Chair 4, where a patient is now/);
    expect(call(t.core, 'settings.get', {}).chairs).toHaveLength(4);
  });
});
