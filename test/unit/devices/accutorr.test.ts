// The reply line is the example from the Accutorr manual quoted in DEVICES.md §4 (values illustrative);
// the banner text is SYNTHETIC.
import { describe, expect, it } from 'vitest';
import { PROTOCOLS } from '../../../electron/station/devices/protocols';
import { accutorrBanner, accutorrReply, type AccutorrValues } from '../../../electron/station/devices/protocols/accutorr-encode';
import { ascii, byteByByte, feed, meaningful, skippedBytes, splitAt } from './support';

const parser = () => PROTOCOLS.accutorr.createParser();
const MANUAL = 'P:--,85,120, 45, 80,000,010,000, 5';
const values = (v: Partial<AccutorrValues> = {}): AccutorrValues => ({ spo2: 97, pulse: 72, systolic: 124, map: 93, diastolic: 78, minutes: 1, ...v });
const READING = { type: 'reading', systolic: 124, diastolic: 78, map: 93, pulse: 72, spo2: 97, ageMinutes: 1, deviceTime: null };

describe('Accutorr replies', () => {
  it('reads the manual\'s example reply, with SpO2 not available', () => {
    expect(feed(parser(), [ascii(`${MANUAL}\r\n`)])).toEqual([
      { type: 'reading', systolic: 120, diastolic: 80, map: 45, pulse: 85, spo2: null, ageMinutes: 5, deviceTime: null, raw: MANUAL },
    ]);
  });

  it('reports the ready prompt after the banner, and skips the banner', () => {
    const events = feed(parser(), [ascii(accutorrBanner())]);
    expect(meaningful(events)).toEqual([{ type: 'status', status: 'ready' }]);
  });

  it('reports a reply without a blood pressure as no result', () => {
    expect(meaningful(feed(parser(), [ascii(accutorrReply(values({ systolic: null, map: null, diastolic: null, minutes: null })))]))).toEqual([
      { type: 'status', status: 'no-result' },
    ]);
  });

  it('reports a result once, however often it is polled, and a new measurement again', () => {
    const polls = [values({ minutes: 1 }), values({ minutes: 1, pulse: 75 }), values({ minutes: 2 }), values({ minutes: 0 }), values({ systolic: 130, minutes: 0 })];
    const events = meaningful(feed(parser(), [ascii(polls.map(accutorrReply).join(''))]));
    expect(events).toEqual([
      READING,
      { type: 'status', status: 'unchanged' },
      { type: 'status', status: 'unchanged' },
      { ...READING, ageMinutes: 0 }, // same values, but a newer measurement
      { ...READING, systolic: 130, ageMinutes: 0 },
    ]);
  });

  it('drops an impossible SpO2 but keeps the blood pressure', () => {
    expect(meaningful(feed(parser(), [ascii(accutorrReply(values({ spo2: 127 })))]))).toEqual([{ ...READING, spo2: null }]);
  });

  it.each([
    [2047, 238, 'impossible values 2047/238, pulse 72: systolic must be between 40 and 300 mmHg'],
    [120, 130, 'impossible values 120/130, pulse 72: systolic must be higher than diastolic'],
  ])('turns %i/%i into a failed measurement', (systolic, diastolic, message) => {
    expect(meaningful(feed(parser(), [ascii(accutorrReply(values({ systolic, diastolic })))]))).toEqual([{ type: 'failed', code: 'implausible', message }]);
  });

  it.each(['P:--,85,120', 'P:--,85,1x0, 45, 80,000,010,000, 5', 'READY'])('skips a line it cannot read: %s', (line) => {
    expect(feed(parser(), [ascii(`${line}\r\n`)])).toEqual([{ type: 'skipped', bytes: line.length + 1 }]);
  });
});

describe('Accutorr framing', () => {
  const stream = ascii(accutorrBanner() + accutorrReply(values()) + '>' + accutorrReply(values({ systolic: 140, minutes: 0 })) + '>');
  const expected = [
    { type: 'status', status: 'ready' },
    READING,
    { type: 'status', status: 'ready' },
    { ...READING, systolic: 140, ageMinutes: 0 },
    { type: 'status', status: 'ready' },
  ];

  it('decodes a session fed whole, byte by byte and split at every offset', () => {
    expect(meaningful(feed(parser(), [stream]))).toEqual(expected);
    expect(meaningful(feed(parser(), byteByByte(stream)))).toEqual(expected);
    for (let i = 0; i <= stream.length; i++) expect(meaningful(feed(parser(), splitAt(stream, i)))).toEqual(expected);
  });

  it('skips noise in front of a reply, such as an echoed poll', () => {
    const events = feed(parser(), [ascii(`\x00\xffP${MANUAL}\r\n`)]);
    expect(meaningful(events).map((e) => e.type)).toEqual(['reading']);
    expect(skippedBytes(events)).toBe(3);
  });

  it('discards half a reply after a silence and reads the next one', () => {
    const p = parser();
    expect(p.push(ascii(MANUAL.slice(0, 12)), 0)).toEqual([]);
    expect(p.idle(PROTOCOLS.accutorr.interByteTimeoutMs)).toEqual([{ type: 'skipped', bytes: 12 }]);
    expect(meaningful(p.push(ascii(`${MANUAL}\r\n`), 5000)).map((e) => e.type)).toEqual(['reading']);
  });
});
