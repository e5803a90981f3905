// Reply frames here are SYNTHETIC (built from the rules in DEVICES.md §2): no public capture of an
// A&D TM-2655 reply exists. Only the command frames are checked against published bytes.
import { describe, expect, it } from 'vitest';
import { PROTOCOLS } from '../../../electron/station/devices/protocols';
import { AND, andAckFrame, andCommand, andDataFrame, type AndResult } from '../../../electron/station/devices/protocols/and-tm2655-encode';
import { byteByByte, bytesOf, feed, fromHex, meaningful, skippedBytes, splitAt } from './support';

const parser = () => PROTOCOLS['and-tm2655'].createParser();
const result = (r: Partial<AndResult> = {}): AndResult => ({ deviceTime: '2304271506', systolic: 128, map: 96, diastolic: 80, pulse: 72, ...r });
const READING = { type: 'reading', systolic: 128, diastolic: 80, map: 96, pulse: 72, deviceTime: '2304271506' };

describe('A&D command frames', () => {
  it('builds the published start and stop frames and the derived read-result frame', () => {
    expect(andCommand('ST')).toEqual(fromHex('16 16 01 30 30 02 53 54 03 07'));
    expect(andCommand('SP')).toEqual(fromHex('16 16 01 30 30 02 53 50 03 03'));
    expect(andCommand('RB')).toEqual(fromHex('16 16 01 30 30 02 52 42 03 10'));
  });
});

describe('A&D replies', () => {
  it('reads the acknowledgment as status ack', () => {
    expect(feed(parser(), [andAckFrame()])).toEqual([{ type: 'status', status: 'ack' }]);
  });

  it('reads a result frame with its device time', () => {
    const events = feed(parser(), [andDataFrame(result())]);
    expect(meaningful(events)).toEqual([READING]);
    expect(events).toHaveLength(1);
    expect(events[0]).toHaveProperty('raw', expect.stringContaining('S128'));
  });

  it('reads a frame carrying the command-style header, with either checksum rule', () => {
    for (const bcc of ['after-stx', 'from-soh'] as const) {
      const events = feed(parser(), [andDataFrame(result(), { header: true, bcc })]);
      expect(events.map((e) => e.type)).toEqual(['reading']); // the header is not counted as noise
    }
  });

  it('reads a missing pulse or MAP as not measured', () => {
    expect(meaningful(feed(parser(), [andDataFrame(result({ pulse: null, map: null }))]))).toEqual([{ ...READING, pulse: null, map: null }]);
  });

  it.each([
    ['E44', 'patient moved'],
    ['E11', 'no pressure at start'],
    ['E15', 'no pressure at start'],
    ['E63', 'BP out of range'],
    ['E99', 'device error code E99'],
  ])('reports error %s in words and never as a reading', (code, message) => {
    const events = feed(parser(), [andDataFrame(result({ errorCode: code }))]);
    expect(meaningful(events)).toEqual([{ type: 'failed', code, message }]);
  });

  it.each([
    [2047, 238, 'impossible values 2047/238, pulse 72: systolic must be between 40 and 300 mmHg'],
    [120, 130, 'impossible values 120/130, pulse 72: systolic must be higher than diastolic'],
  ])('turns %i/%i into a failed measurement', (systolic, diastolic, message) => {
    expect(meaningful(feed(parser(), [andDataFrame(result({ systolic, diastolic }))]))).toEqual([{ type: 'failed', code: 'implausible', message }]);
  });

  it('rejects a frame with a wrong BCC and still reads the next one', () => {
    const bad = andDataFrame(result());
    bad[bad.length - 1] ^= 0x40;
    const events = feed(parser(), [bytesOf(bad, andDataFrame(result({ systolic: 130 })))]);
    expect(meaningful(events)).toEqual([{ ...READING, systolic: 130 }]);
    expect(skippedBytes(events)).toBe(bad.length);
  });

  it('rejects a corrupted field even though the frame looks complete', () => {
    const bad = andDataFrame(result());
    const at = bad.indexOf(0x53); // 'S'
    bad[at + 1] = 0x39; // "S128" becomes "S928": the BCC no longer matches
    expect(meaningful(feed(parser(), [bad]))).toEqual([]);
  });

  it('skips a frame with a valid BCC but fields it does not understand', () => {
    const payload = bytesOf('hello', [AND.ETX]);
    const frame = bytesOf([AND.STX], payload, [payload.reduce((x, b) => x ^ b, 0)]);
    expect(feed(parser(), [frame])).toEqual([{ type: 'skipped', bytes: frame.length }]);
  });
});

describe('A&D framing', () => {
  const stream = bytesOf(andAckFrame(), andDataFrame(result(), { header: true }), andAckFrame(), andDataFrame(result({ errorCode: 'E43' })));
  const expected = [
    { type: 'status', status: 'ack' },
    READING,
    { type: 'status', status: 'ack' },
    { type: 'failed', code: 'E43', message: 'no pulse' },
  ];

  it('decodes a stream fed whole, byte by byte and split at every offset', () => {
    expect(meaningful(feed(parser(), [stream]))).toEqual(expected);
    expect(meaningful(feed(parser(), byteByByte(stream)))).toEqual(expected);
    for (let i = 0; i <= stream.length; i++) expect(meaningful(feed(parser(), splitAt(stream, i)))).toEqual(expected);
  });

  it('skips leading garbage and noise between frames', () => {
    const noisy = bytesOf('garbage\r\n', [0x00, 0xff], andDataFrame(result()), 'xx', [AND.ETX, 0x7f], andAckFrame(), [0x30]);
    const events = feed(parser(), [noisy]);
    expect(meaningful(events)).toEqual([READING, { type: 'status', status: 'ack' }]);
    expect(events[0]).toEqual({ type: 'skipped', bytes: 11 });
    expect(skippedBytes(events)).toBe(11 + 4 + 1);
  });

  it('gives up an STX followed by a new frame before its ETX', () => {
    const events = feed(parser(), [bytesOf([AND.STX], 'S12', andDataFrame(result()))]);
    expect(meaningful(events)).toEqual([READING]);
    expect(skippedBytes(events)).toBe(4);
  });

  it('gives up an STX that is never followed by ETX', () => {
    const events = feed(parser(), [bytesOf([AND.STX], 'x'.repeat(400), andDataFrame(result()))]);
    expect(meaningful(events)).toEqual([READING]);
  });

  it('discards a partial frame after a silence and reads the next one', () => {
    const p = parser();
    const frame = andDataFrame(result());
    expect(p.push(frame.subarray(0, 20), 0)).toEqual([]);
    expect(p.idle(PROTOCOLS['and-tm2655'].interByteTimeoutMs)).toEqual([{ type: 'skipped', bytes: 20 }]);
    expect(meaningful(p.push(frame, 2000))).toEqual([READING]);
  });

  it('keeps a header split from its STX across pushes', () => {
    const p = parser();
    const frame = andDataFrame(result(), { header: true });
    expect(p.push(frame.subarray(0, 4), 0)).toEqual([]);
    expect(p.push(frame.subarray(4), 10).map((e) => e.type)).toEqual(['reading']);
  });
});
