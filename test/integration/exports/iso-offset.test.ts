import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isoWithOffset } from '../../../shared/format/iso-offset';

const AT = Date.parse('2026-03-02T09:30:00.000Z');

describe('isoWithOffset', () => {
  it('writes the local time at the offset, to the second, with the offset', () => {
    expect(isoWithOffset(AT, 60)).toBe('2026-03-02T10:30:00+01:00');
    expect(isoWithOffset(AT, 0)).toBe('2026-03-02T09:30:00+00:00');
    expect(isoWithOffset(AT, -300)).toBe('2026-03-02T04:30:00-05:00');
  });

  it('handles half-hour offsets on both sides of UTC', () => {
    expect(isoWithOffset(AT, 330)).toBe('2026-03-02T15:00:00+05:30');
    expect(isoWithOffset(AT, -210)).toBe('2026-03-02T06:00:00-03:30');
    expect(isoWithOffset(AT, 345)).toBe('2026-03-02T15:15:00+05:45');
  });

  it('moves the date when the offset crosses midnight', () => {
    expect(isoWithOffset(Date.parse('2026-03-01T23:30:00Z'), 60)).toBe('2026-03-02T00:30:00+01:00');
    expect(isoWithOffset(Date.parse('2026-03-02T02:00:00Z'), -300)).toBe('2026-03-01T21:00:00-05:00');
    expect(isoWithOffset(Date.parse('2026-12-31T23:59:59Z'), 840)).toBe('2027-01-01T13:59:59+14:00');
  });

  it('drops milliseconds instead of rounding up', () => {
    expect(isoWithOffset(Date.parse('2026-03-02T09:30:59.999Z'), 60)).toBe('2026-03-02T10:30:59+01:00');
  });

  it('refuses offsets that cannot be minutes east of UTC', () => {
    expect(() => isoWithOffset(AT, 1.5)).toThrow(RangeError);
    expect(() => isoWithOffset(AT, 60 * 60)).toThrow(RangeError);
    expect(() => isoWithOffset(Number.NaN, 0)).toThrow(RangeError);
  });

  it('always names the same instant, whatever the offset', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.parse('1990-01-01T00:00:00Z'), max: Date.parse('2100-01-01T00:00:00Z') }),
        fc.integer({ min: -12 * 60, max: 14 * 60 }),
        (ms, offset) => {
          const text = isoWithOffset(ms, offset);
          expect(text).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/);
          expect(Date.parse(text)).toBe(Math.floor(ms / 1000) * 1000);
        },
      ),
    );
  });
});
