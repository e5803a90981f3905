// The station's clock and date formats: every screen prints times through these functions, and the
// admin's choice (24/12-hour, day-month-year / month-day-year / year-month-day) must reach all of them.
import { afterEach, describe, expect, it } from 'vitest';
import { clock, clockTimeToIso, clockWithSeconds, dateAndClock, setDisplayFormat, shortDate } from '../../renderer/src/format/time';

/** A local time, as the core would send it (UTC ISO), whatever the test machine's time zone. */
const local = (y: number, mo: number, d: number, h: number, mi: number, s = 0) => new Date(y, mo - 1, d, h, mi, s).toISOString();

const afternoon = local(2025, 11, 26, 14, 5, 9); // a Wednesday
const morning = local(2025, 9, 3, 9, 7);

afterEach(() => setDisplayFormat({ clockFormat: '24h', dateFormat: 'day-month-year' }));

describe('by default (24-hour clock, day month year)', () => {
  it('shows times as HH:MM and dates day first', () => {
    expect(clock(afternoon)).toBe('14:05');
    expect(clock(morning)).toBe('09:07');
    expect(clockWithSeconds(afternoon)).toBe('14:05:09');
    expect(shortDate(afternoon)).toBe('Wed 26 Nov');
    expect(dateAndClock(afternoon)).toBe('26 Nov 2025, 14:05');
    // September is "Sep", whatever the browser's locale data would say.
    expect(dateAndClock(morning)).toBe('3 Sep 2025, 09:07');
  });
});

describe('with a 12-hour clock', () => {
  it('shows AM and PM, with 12 for noon and midnight', () => {
    setDisplayFormat({ clockFormat: '12h', dateFormat: 'day-month-year' });
    expect(clock(afternoon)).toBe('2:05 PM');
    expect(clock(morning)).toBe('9:07 AM');
    expect(clock(local(2025, 11, 26, 0, 30))).toBe('12:30 AM');
    expect(clock(local(2025, 11, 26, 12, 0))).toBe('12:00 PM');
    expect(clockWithSeconds(afternoon)).toBe('2:05:09 PM');
    expect(dateAndClock(afternoon)).toBe('26 Nov 2025, 2:05 PM');
  });

  it('reads back the times it shows, and 24-hour times as well', () => {
    setDisplayFormat({ clockFormat: '12h', dateFormat: 'day-month-year' });
    expect(clockTimeToIso(clock(afternoon), afternoon)).toBe(local(2025, 11, 26, 14, 5));
    expect(clockTimeToIso('12:10 am', afternoon)).toBe(local(2025, 11, 26, 0, 10));
    expect(clockTimeToIso('12:10 p.m.', afternoon)).toBe(local(2025, 11, 26, 12, 10));
    expect(clockTimeToIso('14:05', afternoon)).toBe(local(2025, 11, 26, 14, 5));
    expect(clockTimeToIso('13:05 PM', afternoon)).toBeNull();
    expect(clockTimeToIso('0:05 AM', afternoon)).toBeNull();
    expect(clockTimeToIso('24:00', afternoon)).toBeNull();
    expect(clockTimeToIso('10:60', afternoon)).toBeNull();
  });
});

describe('date orders', () => {
  it('puts the month first', () => {
    setDisplayFormat({ clockFormat: '12h', dateFormat: 'month-day-year' });
    expect(shortDate(afternoon)).toBe('Wed, Nov 26');
    expect(dateAndClock(afternoon)).toBe('Nov 26, 2025, 2:05 PM');
  });

  it('writes year-month-day as ISO dates', () => {
    setDisplayFormat({ clockFormat: '24h', dateFormat: 'year-month-day' });
    expect(shortDate(morning)).toBe('Wed 2025-09-03');
    expect(dateAndClock(morning)).toBe('2025-09-03 09:07');
  });
});
