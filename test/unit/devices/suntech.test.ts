import { describe, expect, it } from 'vitest';
import { PROTOCOLS } from '../../../electron/station/devices/protocols';
import {
  encodeSuntechCuff,
  encodeSuntechResult,
  encodeSuntechStatus,
  suntechFrame,
  SUNTECH_STATUS_LETTERS,
  type SuntechStatus,
} from '../../../electron/station/devices/protocols/suntech-encode';
import { byteByByte, bytesOf, feed, fromHex, meaningful, skippedBytes, splitAt, whole } from './support';

const parser = () => PROTOCOLS.suntech.createParser();
const CUFF_258 = fromHex('3E 05 02 01 BA');
const RESULT_115_74 = fromHex('3E 18 73 00 4A 00 1E 01 00 00 00 00 00 00 31 07 55 00 58 00 00 00 00 E9');
const BAD_LEN = fromHex('3E 00 02 01 BA');

describe('SunTech frames published in DEVICES.md', () => {
  it('reads the cuff pressure frame as 258 mmHg', () => {
    expect(feed(parser(), [CUFF_258])).toEqual([{ type: 'cuff', pressure: 258 }]);
  });

  it('reads the result frame as 115/74, MAP 88, pulse 85, with the frame kept for diagnosis', () => {
    expect(feed(parser(), [RESULT_115_74])).toEqual([
      {
        type: 'reading',
        systolic: 115,
        diastolic: 74,
        map: 88,
        pulse: 85,
        deviceTime: null,
        raw: '3E 18 73 00 4A 00 1E 01 00 00 00 00 00 00 31 07 55 00 58 00 00 00 00 E9',
      },
    ]);
  });

  it('rejects the frame with LEN 0: its bytes are skipped and nothing is decoded', () => {
    expect(feed(parser(), [BAD_LEN])).toEqual([{ type: 'skipped', bytes: 5 }]);
  });

  it('recovers after the noise pair 3E 01 that stalls serialport\'s PacketLengthParser', () => {
    expect(feed(parser(), [bytesOf([0x3e, 0x01], CUFF_258)])).toEqual([
      { type: 'skipped', bytes: 2 },
      { type: 'cuff', pressure: 258 },
    ]);
  });

  it('decodes the published frames fed whole, byte by byte and split at every offset', () => {
    const stream = bytesOf(CUFF_258, RESULT_115_74);
    const expected = meaningful(feed(parser(), [stream]));
    expect(expected.map((e) => e.type)).toEqual(['cuff', 'reading']);
    expect(meaningful(feed(parser(), byteByByte(stream)))).toEqual(expected);
    for (let i = 0; i <= stream.length; i++) expect(meaningful(feed(parser(), splitAt(stream, i)))).toEqual(expected);
  });
});

describe('SunTech statuses, pressures and results', () => {
  it.each(Object.keys(SUNTECH_STATUS_LETTERS) as SuntechStatus[])('reads status %s', (status) => {
    expect(feed(parser(), [encodeSuntechStatus(status)])).toEqual([{ type: 'status', status }]);
  });

  it('skips a well-formed status frame with a letter it does not know', () => {
    expect(feed(parser(), [suntechFrame([0x5a])])).toEqual([{ type: 'skipped', bytes: 4 }]);
  });

  it('reports a device error code in words and never as a reading', () => {
    const events = feed(parser(), [encodeSuntechResult({ systolic: 120, diastolic: 80, map: 93, pulse: 70, errorCode: 87 })]);
    expect(meaningful(events)).toEqual([{ type: 'failed', code: '87', message: 'cuff loose or leaking' }]);
  });

  it.each([
    [1, '01', 'weak signal'],
    [2, '02', 'excessive motion'],
    [85, '85', 'pneumatic blockage'],
    [99, '99', 'EEPROM failure'],
    [55, '55', 'device error code 55'],
  ])('reads error byte %i as code %s: %s', (byte, code, message) => {
    const events = feed(parser(), [encodeSuntechResult({ systolic: 2047, diastolic: 238, map: 0, pulse: 0, errorCode: byte })]);
    expect(meaningful(events)).toEqual([{ type: 'failed', code, message }]);
  });

  it.each([
    [2047, 238, 0, 'impossible values 2047/238: systolic must be between 40 and 300 mmHg'],
    [120, 130, 70, 'impossible values 120/130, pulse 70: systolic must be higher than diastolic'],
    [120, 80, 10, 'impossible values 120/80, pulse 10: pulse must be between 20 and 300 bpm'],
    [120, 10, 70, 'impossible values 120/10, pulse 70: diastolic must be between 20 and 250 mmHg'],
  ])('turns impossible values %i/%i (pulse %i) into a failed measurement', (systolic, diastolic, pulse, message) => {
    const events = feed(parser(), [encodeSuntechResult({ systolic, diastolic, map: 90, pulse })]);
    expect(meaningful(events)).toEqual([{ type: 'failed', code: 'implausible', message }]);
  });

  it('reports a heart rate or MAP of 0 as not determined rather than as a value', () => {
    const [reading] = meaningful(feed(parser(), [encodeSuntechResult({ systolic: 118, diastolic: 76, map: 0, pulse: 0 })]));
    expect(reading).toEqual({ type: 'reading', systolic: 118, diastolic: 76, map: null, pulse: null, deviceTime: null });
  });
});

describe('SunTech framing', () => {
  const stream = bytesOf(
    encodeSuntechStatus('received'),
    encodeSuntechCuff(160),
    encodeSuntechCuff(95),
    encodeSuntechStatus('complete'),
    encodeSuntechResult({ systolic: 131, diastolic: 84, map: 99, pulse: 66 }),
  );
  const expected = [
    { type: 'status', status: 'received' },
    { type: 'cuff', pressure: 160 },
    { type: 'cuff', pressure: 95 },
    { type: 'status', status: 'complete' },
    { type: 'reading', systolic: 131, diastolic: 84, map: 99, pulse: 66, deviceTime: null },
  ];

  it('decodes a measurement fed whole and byte by byte', () => {
    expect(feed(parser(), whole(stream))).toEqual(expected.map((e) => (e.type === 'reading' ? { ...e, raw: expect.any(String) } : e)));
    expect(meaningful(feed(parser(), byteByByte(stream)))).toEqual(expected);
  });

  it('decodes it split at every offset, and in three pieces at many offsets', () => {
    for (let i = 0; i <= stream.length; i++) expect(meaningful(feed(parser(), splitAt(stream, i)))).toEqual(expected);
    for (let i = 0; i <= stream.length; i += 3)
      for (let j = i; j <= stream.length; j += 5) expect(meaningful(feed(parser(), splitAt(stream, i, j)))).toEqual(expected);
  });

  it('skips leading garbage and noise between frames, counting the dropped bytes', () => {
    const noisy = bytesOf([0x00, 0xff, 0x3f, 0x12], encodeSuntechCuff(40), [0x55, 0xaa], encodeSuntechStatus('complete'), [0x01]);
    const events = feed(parser(), [noisy]);
    expect(meaningful(events)).toEqual([
      { type: 'cuff', pressure: 40 },
      { type: 'status', status: 'complete' },
    ]);
    expect(events[0]).toEqual({ type: 'skipped', bytes: 4 });
    expect(skippedBytes(events)).toBe(7);
  });

  it('rejects a frame with a bad checksum and still finds the next one', () => {
    const broken = encodeSuntechResult({ systolic: 131, diastolic: 84, map: 99, pulse: 66 });
    broken[2] ^= 0x01; // a one-bit error in the systolic pressure
    const events = feed(parser(), [bytesOf(broken, CUFF_258)]);
    expect(meaningful(events)).toEqual([{ type: 'cuff', pressure: 258 }]);
    expect(skippedBytes(events)).toBe(24);
  });

  it.each([0x00, 0x01, 0x03, 0x06, 0x17, 0x19, 0x43, 0x44, 0xff])('rejects LEN %i', (len) => {
    const frame = suntechFrame([1, 2]);
    frame[1] = len;
    const events = feed(parser(), [bytesOf(frame, CUFF_258)]);
    expect(meaningful(events)).toEqual([{ type: 'cuff', pressure: 258 }]);
  });

  it('finds a frame that starts inside a false start', () => {
    // 3E 18 claims a 24-byte result; the cuff frames inside it are real and must not be lost.
    const pressures = [120, 118, 117, 115, 110];
    const events = feed(parser(), [bytesOf([0x3e, 0x18], ...pressures.map(encodeSuntechCuff))]);
    expect(meaningful(events)).toEqual(pressures.map((pressure) => ({ type: 'cuff', pressure })));
  });
});

describe('SunTech silence handling', () => {
  it('discards a partial frame after the inter-byte timeout and decodes the next frame', () => {
    const p = parser();
    const partial = RESULT_115_74.subarray(0, 10);
    expect(p.push(partial, 1000)).toEqual([]);
    expect(p.idle(1100)).toEqual([]); // still within the timeout: the rest may come
    expect(p.idle(1000 + PROTOCOLS.suntech.interByteTimeoutMs)).toEqual([{ type: 'skipped', bytes: 10 }]);
    expect(meaningful(p.push(RESULT_115_74, 1400))).toEqual([{ type: 'reading', systolic: 115, diastolic: 74, map: 88, pulse: 85, deviceTime: null }]);
  });

  it('completes a frame whose rest arrives before the timeout', () => {
    const p = parser();
    p.push(RESULT_115_74.subarray(0, 10), 0);
    expect(p.idle(100)).toEqual([]);
    expect(meaningful(p.push(RESULT_115_74.subarray(10), 120)).map((e) => e.type)).toEqual(['reading']);
  });

  it('drops a stale partial frame even when idle is never called', () => {
    const p = parser();
    p.push(RESULT_115_74.subarray(0, 7), 0);
    expect(p.push(CUFF_258, 5000)).toEqual([{ type: 'skipped', bytes: 7 }, { type: 'cuff', pressure: 258 }]);
  });

  it('after a silence, finds complete frames queued behind a false start', () => {
    const p = parser();
    expect(p.push(bytesOf([0x3e, 0x18], CUFF_258), 0)).toEqual([]); // waiting for 24 bytes
    expect(p.idle(1000)).toEqual([{ type: 'skipped', bytes: 2 }, { type: 'cuff', pressure: 258 }]);
  });
});
