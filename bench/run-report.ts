// Runs the chosen parts of the scale report into one Report.
import { loadavg } from 'node:os';
import type { BenchMode } from './bench-mode';
import { PARTS, type BenchPart } from './bench-parts';
import { Report } from './report';

export interface RunOptions {
  mode: BenchMode;
  /** Part names to run; all when omitted. */
  only?: readonly string[];
  /** False runs only what needs no Chromium (the default is true: the built screen must exist). */
  browser?: boolean;
  print?: (line: string) => void;
}

/** The parts a run with these options goes through, in order. */
export function partsFor(options: RunOptions): BenchPart[] {
  const unknown = (options.only ?? []).filter((name) => !PARTS.some((p) => p.name === name));
  if (unknown.length > 0) throw new Error(`No such part: ${unknown.join(', ')} (the parts: ${PARTS.map((p) => p.name).join(', ')})`);
  const browser = options.browser ?? true;
  return PARTS.filter((p) => (!options.only || options.only.includes(p.name)) && (browser || !p.needsBrowser));
}

export async function runReport(options: RunOptions): Promise<Report> {
  const report = new Report(options.mode.name, options.print);
  const browser = options.browser ?? true;
  const chosen = partsFor(options);
  const loadAt = () => loadavg().map((l) => l.toFixed(1)).join(' ');
  const loadAtStart = loadAt();
  for (const part of chosen) await part.run(report, options.mode, browser);
  // Other work on the machine shows in every time here: say how busy it was.
  report.note('Machine load (1, 5, 15 min averages) at the start and the end', `${loadAtStart}\n${loadAt()}`);
  const missing = chosen.flatMap((p) => p.figures(browser)).filter((name) => !(name in report.figures));
  if (missing.length > 0) throw new Error(`The report lacks these figures: ${missing.join(', ')}`);
  return report;
}
