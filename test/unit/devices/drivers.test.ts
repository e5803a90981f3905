import { describe, expect, it } from 'vitest';
import { DEVICE_PROTOCOLS } from '../../../shared/domain/devices';
import { PROTOCOL_NAMES, PROTOCOLS, protocolByName } from '../../../electron/station/devices/protocols';
import { ascii, fromHex } from './support';

describe('protocol drivers', () => {
  it('covers exactly the protocols offered in settings, with their labels and baud rates', () => {
    expect(PROTOCOL_NAMES).toEqual(DEVICE_PROTOCOLS.map((p) => p.name));
    for (const p of DEVICE_PROTOCOLS) {
      expect(PROTOCOLS[p.name]).toMatchObject({ name: p.name, label: p.label, defaultBaud: p.defaultBaud, canStartMeasurement: p.canStartMeasurement });
    }
  });

  it('sends the SunTech commands published in DEVICES.md (abort derived from the checksum rule)', () => {
    expect(PROTOCOLS.suntech.commands).toEqual({
      start: fromHex('3A 20 A6'),
      cuffPressure: fromHex('3A 79 05 00 48'),
      requestResult: fromHex('3A 79 03 00 4A'),
      abort: fromHex('3A 79 01 00 4C'),
    });
  });

  it('sends the A&D start, stop and read-result frames', () => {
    expect(PROTOCOLS['and-tm2655'].commands).toEqual({
      start: fromHex('16 16 01 30 30 02 53 54 03 07'),
      abort: fromHex('16 16 01 30 30 02 53 50 03 03'),
      requestResult: fromHex('16 16 01 30 30 02 52 42 03 10'),
    });
  });

  it('polls the Accutorr with P and watches it for silence; the others may be silent while idle', () => {
    expect(PROTOCOLS.accutorr).toMatchObject({ pollsForResults: true, commands: { poll: ascii('P') } });
    expect(PROTOCOLS.accutorr.silenceTimeoutMs).toBeGreaterThan(PROTOCOLS.accutorr.pollIntervalMs ?? Infinity);
    expect(PROTOCOLS['omron-csv']).toMatchObject({ commands: {}, canStartMeasurement: false, silenceTimeoutMs: null });
    expect(PROTOCOLS.suntech.reportsCuffPressure).toBe(true);
  });

  it('finds a driver by name and refuses unknown names', () => {
    expect(protocolByName('suntech')).toBe(PROTOCOLS.suntech);
    expect(protocolByName('dinamap')).toBeNull();
    expect(protocolByName('toString')).toBeNull();
  });

  it('gives every port its own parser', () => {
    const a = PROTOCOLS.suntech.createParser();
    const b = PROTOCOLS.suntech.createParser();
    a.push(fromHex('3E 05 02'), 0);
    expect(b.push(fromHex('01 BA'), 0)).toEqual([{ type: 'skipped', bytes: 2 }]);
    expect(a.push(fromHex('01 BA'), 0)).toEqual([{ type: 'cuff', pressure: 258 }]);
  });
});
