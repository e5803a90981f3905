// The lint:electron wrapper: HIGH and MEDIUM fail unless accepted for that place; LOW never fails.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatFinding, parseAcceptances, toFinding, triage, type Finding } from '../../../scripts/electronegativity-findings';

const finding = (over: Partial<Finding> = {}): Finding => ({
  check: 'SANDBOX_JS_CHECK',
  severity: 'MEDIUM',
  confidence: 'FIRM',
  file: 'electron/main.ts',
  line: 134,
  column: 17,
  sample: 'const window = new BrowserWindow({',
  description: 'Review the use of the sandbox option',
  manualReview: false,
  ...over,
});

const acceptSandbox = { check: 'SANDBOX_JS_CHECK', file: 'electron/main.ts', where: 'new BrowserWindow(', reason: 'from stationWebPreferences()' };

describe('triage', () => {
  it('fails on HIGH and MEDIUM findings that are not accepted', () => {
    const high = finding({ check: 'NODE_INTEGRATION_JS_CHECK', severity: 'HIGH' });
    const medium = finding();
    expect(triage([high, medium], []).blocking).toEqual([high, medium]);
  });

  it('never fails on LOW or INFORMATIONAL findings', () => {
    const low = finding({ check: 'CSP_GLOBAL_CHECK', severity: 'LOW' });
    const info = finding({ check: 'ELECTRON_VERSION_JSON_CHECK', severity: 'INFORMATIONAL' });
    expect(triage([low, info], [])).toEqual({ blocking: [], accepted: [], advisory: [low, info], unused: [] });
  });

  it('an accepted finding does not fail, and carries its reason', () => {
    const result = triage([finding()], [acceptSandbox]);
    expect(result.blocking).toEqual([]);
    expect(result.accepted).toEqual([{ finding: finding(), reason: 'from stationWebPreferences()' }]);
  });

  it('an acceptance covers its check, file and place only', () => {
    const elsewhere = finding({ file: 'electron/other-window.ts' });
    const otherCheck = finding({ check: 'CONTEXT_ISOLATION_JS_CHECK', severity: 'HIGH' });
    const otherLine = finding({ sample: 'const popup = new BrowserView({' });
    expect(triage([elsewhere, otherCheck, otherLine], [acceptSandbox]).blocking).toEqual([elsewhere, otherCheck, otherLine]);
  });

  it('without "where", an acceptance covers the check everywhere in that file; check names match in any case', () => {
    const result = triage([finding(), finding({ line: 200, sample: 'x' })], [{ check: 'sandbox_js_check', file: 'electron/main.ts', reason: 'r' }]);
    expect(result.blocking).toEqual([]);
    expect(result.accepted).toHaveLength(2);
  });

  it('reports acceptances that match nothing any more', () => {
    const stale = { check: 'AUXCLICK_JS_CHECK', file: 'electron/gone.ts', reason: 'r' };
    expect(triage([finding()], [acceptSandbox, stale]).unused).toEqual([stale]);
  });
});

describe('parseAcceptances', () => {
  it('reads entries with and without "where"', () => {
    expect(parseAcceptances({ accepted: [acceptSandbox, { check: 'A', file: 'b', reason: 'c' }] })).toEqual([acceptSandbox, { check: 'A', file: 'b', reason: 'c' }]);
  });

  it.each([
    ['no list', {}, /must be \{ "accepted"/],
    ['no reason', { accepted: [{ check: 'A', file: 'b' }] }, /"reason" must be a non-empty string/],
    ['an empty reason', { accepted: [{ check: 'A', file: 'b', reason: ' ' }] }, /"reason"/],
    ['no file', { accepted: [{ check: 'A', reason: 'r' }] }, /"file"/],
    ['a misspelt key', { accepted: [{ check: 'A', file: 'b', reason: 'r', wher: 'x' }] }, /unknown key wher/],
  ])('refuses %s', (_what, value, message) => {
    expect(() => parseAcceptances(value)).toThrow(message);
  });

  it('the project list is valid, and each entry says why in one line', () => {
    const list = parseAcceptances(JSON.parse(readFileSync(resolve(__dirname, '../../../.electronegativity/accepted.json'), 'utf8')));
    expect(list.length).toBeGreaterThan(0);
    for (const a of list) {
      expect(a.reason).not.toMatch(/\n/);
      expect(a.reason.length).toBeGreaterThan(20);
    }
  });
});

describe('toFinding', () => {
  it("reads the tool's issue objects", () => {
    const issue = {
      file: 'electron\\main.ts',
      location: { line: 12, column: 4 },
      id: 'SANDBOX_JS_CHECK',
      description: 'd',
      severity: { value: 2, name: 'MEDIUM' },
      confidence: { value: 1, name: 'FIRM' },
      sample: '  new BrowserWindow({  ',
      manualReview: true,
    };
    expect(toFinding(issue)).toEqual({ check: 'SANDBOX_JS_CHECK', severity: 'MEDIUM', confidence: 'FIRM', file: 'electron/main.ts', line: 12, column: 4, sample: 'new BrowserWindow({', description: 'd', manualReview: true });
  });

  it('global findings have no file', () => {
    expect(toFinding({ id: 'CSP_GLOBAL_CHECK', file: 'N/A', location: { line: 0, column: 0 }, severity: { name: 'MEDIUM' }, confidence: { name: 'CERTAIN' } }).file).toBe('N/A');
  });

  it('an unknown severity is an error, not a silent pass', () => {
    expect(() => toFinding({ id: 'X', severity: { name: 'CRITICAL' } })).toThrow(/Unknown severity/);
  });
});

describe('formatFinding', () => {
  it('names severity, check, place and line', () => {
    expect(formatFinding(finding())).toContain('MEDIUM SANDBOX_JS_CHECK (FIRM) electron/main.ts:134:17');
    expect(formatFinding(finding({ file: 'N/A' }))).toContain('(whole app)');
  });
});
