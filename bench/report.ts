// The scale report: figures (`name: value unit`, one a line) and notes (query plans, findings),
// printed as they come and written as JSON to bench/results/<timestamp>.json and latest.json.
import { cpus } from 'node:os';
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

export interface Figure {
  value: number;
  unit: string;
}

export interface ReportJson {
  at: string;
  mode: 'short' | 'full';
  machine: { cpus: number; cpuModel: string; node: string; platform: string };
  figures: Record<string, Figure>;
  notes: Record<string, string>;
}

export class Report {
  readonly figures: Record<string, Figure> = {};
  readonly notes: Record<string, string> = {};

  constructor(
    readonly mode: 'short' | 'full',
    private readonly print: (line: string) => void = (line) => console.log(line),
  ) {}

  figure(name: string, value: number, unit: string): void {
    this.figures[name] = { value, unit };
    this.print(`${name}: ${formatValue(value)} ${unit}`);
  }

  /** Text for the reader (a query plan, what a prototype fix changed); printed under its title. */
  note(title: string, text: string): void {
    this.notes[title] = text;
    this.print(`\n${title}\n${text.replace(/^/gm, '  ')}\n`);
  }

  toJson(): ReportJson {
    const cpu = cpus();
    return {
      at: new Date().toISOString(),
      mode: this.mode,
      machine: { cpus: cpu.length, cpuModel: cpu[0]?.model ?? 'unknown', node: process.version, platform: process.platform },
      figures: this.figures,
      notes: this.notes,
    };
  }

  /** Writes bench/results/<timestamp>.json and bench/results/latest.json; returns the first path. */
  write(dir = resolve(__dirname, 'results')): string {
    const json = this.toJson();
    mkdirSync(dir, { recursive: true });
    const file = resolve(dir, `${json.at.replace(/[:.]/g, '-')}.json`);
    const text = `${JSON.stringify(json, null, 2)}\n`;
    writeFileSync(file, text);
    writeFileSync(resolve(dir, 'latest.json'), text);
    return file;
  }
}

/** Whole numbers above 100, one decimal place below (a 3.1 % growth, a 0.4 ms query). */
export function formatValue(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  if (Math.abs(value) >= 100 || Number.isInteger(value)) return String(Math.round(value));
  return value.toFixed(Math.abs(value) < 1 ? 2 : 1);
}
