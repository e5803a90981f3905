// The scale report (npm run bench) in its short mode, end to end for the parts that need no browser:
// the core's heap over a few simulated hours, and 10,000 sessions of records generated, searched,
// opened, exported and query-planned. Only that every figure is there and is a number: the times of
// a CI machine mean nothing, so none is compared with a target here.
import { describe, expect, it } from 'vitest';
import { SHORT } from '../../bench/bench-mode';
import { partsFor, runReport, type RunOptions } from '../../bench/run-report';

describe('the short scale report', () => {
  it('gives every figure of its in-process parts, each a number, and the query plans', async () => {
    const options: RunOptions = { mode: SHORT, browser: false, print: () => {} };
    const report = await runReport(options);

    const expected = partsFor(options).flatMap((p) => p.figures(false));
    expect(expected.length).toBeGreaterThan(20);
    for (const name of expected) {
      const figure = report.figures[name];
      expect(figure, name).toBeDefined();
      expect(Number.isFinite(figure.value), `${name} is ${figure.value}`).toBe(true);
    }
    const plans = Object.entries(report.notes).find(([title]) => title.startsWith('Query plans'))?.[1] ?? '';
    for (const query of ['history by patient ID', 'history by date range', 'open sessions', 'REMS forms due']) expect(plans).toContain(query);
    expect(plans).toMatch(/SEARCH|SCAN/);
  }, 90_000);
});
