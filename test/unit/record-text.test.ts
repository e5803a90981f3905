// Text for the record is refused when it carries characters that change how it reads on screen.
import { describe, expect, it } from 'vitest';
import { REQUESTS } from '../../shared/api/contract';
import { routeRequest, type Handlers } from '../../electron/station/request-router';

const checkIn = (name: string) =>
  REQUESTS['session.checkIn'].input.safeParse({ chairId: 'chair-1', patient: { clinicId: 'P-1', name }, protocolId: 'spravato-56', by: 'x'.repeat(43) });

describe('text in the record', () => {
  it('takes accented names and punctuation', () => {
    expect(checkIn('Zoë O’Brien-Ñúñez').success).toBe(true);
  });

  it('refuses control characters, direction overrides and zero-width marks', () => {
    for (const name of ['A\tB', 'M. R.\u202Eevil', 'Ann\u200Be', 'Bo\uFEFFb', 'Li\u2066ly']) {
      const parsed = checkIn(name);
      expect(parsed.success, JSON.stringify(name)).toBe(false);
      expect(parsed.error?.issues[0].message).toBe('Patient name or initials contains characters that are not allowed');
    }
  });

  it('answers an unknown request with its name made short and printable', () => {
    const r = routeRequest({} as Handlers, `evil\u202E\n${'x'.repeat(500)}`, {}, () => {});
    expect(r).toEqual({ ok: false, error: { code: 'unknown-request', message: `Unknown request "evil??${'x'.repeat(54)}"` } });
  });
});
