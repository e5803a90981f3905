// The HBP-9020 line is the public example from DEVICES.md §3; HBP-9030 lines are SYNTHETIC (only the
// positions of systolic, diastolic and pulse are known).
import { describe, expect, it } from 'vitest';
import { PROTOCOLS } from '../../../electron/station/devices/protocols';
import { omron9020Line, omron9030Line } from '../../../electron/station/devices/protocols/omron-csv-encode';
import { ascii, byteByByte, feed, meaningful, skippedBytes, splitAt } from './support';

const parser = () => PROTOCOLS['omron-csv'].createParser();
const EXAMPLE = 'bp,99999999999999999999,2023/04/27,15:06,140,098,077,068,3';
const EXAMPLE_READING = { type: 'reading', systolic: 140, diastolic: 77, map: 98, pulse: 68, deviceTime: '2023/04/27 15:06' };

describe('Omron CSV lines', () => {
  it('reads the published HBP-9020 line: systolic 140, MAP 98, diastolic 77, pulse 68', () => {
    expect(feed(parser(), [ascii(`${EXAMPLE}\r\n`)])).toEqual([{ ...EXAMPLE_READING, raw: EXAMPLE }]);
  });

  it('accepts LF alone and CR alone as the end of a line', () => {
    expect(meaningful(feed(parser(), [ascii(`${EXAMPLE}\n${EXAMPLE}\r`)]))).toEqual([EXAMPLE_READING, EXAMPLE_READING]);
  });

  it('builds the published line with its encoder', () => {
    expect(omron9020Line({ systolic: 140, map: 98, diastolic: 77, pulse: 68 })).toBe(`${EXAMPLE}\r\n`);
  });

  it('reads an HBP-9030 line by the positions of its fields 7, 8 and 9', () => {
    expect(meaningful(feed(parser(), [ascii(omron9030Line({ systolic: 122, diastolic: 79, pulse: 64 }))]))).toEqual([
      { type: 'reading', systolic: 122, diastolic: 79, map: null, pulse: 64, deviceTime: null },
    ]);
  });

  it.each([
    [2047, 238, 'impossible values 2047/238, pulse 68: systolic must be between 40 and 300 mmHg'],
    [120, 130, 'impossible values 120/130, pulse 68: systolic must be higher than diastolic'],
    [0, 0, 'impossible values 0/0, pulse 68: systolic must be between 40 and 300 mmHg'],
  ])('turns %i/%i into a failed measurement', (systolic, diastolic, message) => {
    const line = omron9020Line({ systolic, diastolic, map: 90, pulse: 68 });
    expect(meaningful(feed(parser(), [ascii(line)]))).toEqual([{ type: 'failed', code: 'implausible', message }]);
  });

  it.each([
    'bp,1,2023/04/27,15:06,140,---,077,068,3', // a value missing
    'bp,1,2023/04/27,15:06,140,098,077,068', // a field short
    'bp,1,2023/04/27,15:06,140,098,077,068,3,9', // a field too many
    'hello world',
    '1,2,3,4,5,6,x,8,9',
    '1,2,3,4,5,6,7,8',
  ])('skips a line it cannot read: %s', (line) => {
    expect(feed(parser(), [ascii(`${line}\r\n`)])).toEqual([{ type: 'skipped', bytes: line.length + 1 }]);
  });

  it('does not read a damaged tagged line by the HBP-9030 positions', () => {
    const damaged = 'bp,99999999999999999999,2023/04/27,15:06,140,0#8,077,068,3';
    expect(meaningful(feed(parser(), [ascii(`${damaged}\r\n`)]))).toEqual([]);
  });
});

describe('Omron CSV framing', () => {
  const stream = ascii(
    omron9020Line({ systolic: 140, map: 98, diastolic: 77, pulse: 68 }) +
      omron9030Line({ systolic: 118, diastolic: 70, pulse: 90 }) +
      omron9020Line({ systolic: 101, map: 80, diastolic: 66, pulse: 59 }),
  );
  const expected = [
    EXAMPLE_READING,
    { type: 'reading', systolic: 118, diastolic: 70, map: null, pulse: 90, deviceTime: null },
    { type: 'reading', systolic: 101, diastolic: 66, map: 80, pulse: 59, deviceTime: '2023/04/27 15:06' },
  ];

  it('decodes lines fed whole, byte by byte and split at every offset', () => {
    expect(meaningful(feed(parser(), [stream]))).toEqual(expected);
    expect(meaningful(feed(parser(), byteByByte(stream)))).toEqual(expected);
    for (let i = 0; i <= stream.length; i++) expect(meaningful(feed(parser(), splitAt(stream, i)))).toEqual(expected);
  });

  it('skips garbage before the tag of a line and garbage lines', () => {
    const events = feed(parser(), [ascii(`\x00\xff~~${EXAMPLE}\r\nnoise line\r\n${EXAMPLE}\r\n`)]);
    expect(meaningful(events)).toEqual([EXAMPLE_READING, EXAMPLE_READING]);
    expect(events[0]).toEqual({ type: 'skipped', bytes: 4 });
    expect(skippedBytes(events)).toBe(4 + 11);
  });

  it('drops an endless line without an end and then reads the next line', () => {
    const bytes = ascii(`${'#'.repeat(1000)}\r\n${EXAMPLE}\r\n`);
    for (const chunks of [[bytes], byteByByte(bytes)]) {
      const events = feed(parser(), chunks);
      expect(meaningful(events)).toEqual([EXAMPLE_READING]);
      expect(skippedBytes(events)).toBe(1001);
    }
    // Arriving byte by byte, the line is given up as soon as it is longer than any record.
    const p = parser();
    const early = byteByByte(ascii('#'.repeat(300))).flatMap((b, i) => p.push(b, i));
    expect(early).toEqual([{ type: 'skipped', bytes: 257 }]);
  });

  it('discards half a line after a silence and reads the next line', () => {
    const p = parser();
    expect(p.push(ascii(EXAMPLE.slice(0, 30)), 0)).toEqual([]);
    expect(p.idle(PROTOCOLS['omron-csv'].interByteTimeoutMs)).toEqual([{ type: 'skipped', bytes: 30 }]);
    expect(meaningful(p.push(ascii(`${EXAMPLE}\r\n`), 5000))).toEqual([EXAMPLE_READING]);
  });
});
