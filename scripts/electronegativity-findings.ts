// Sorting Electronegativity's findings: which block the check (HIGH or MEDIUM, not accepted), which
// are accepted (listed in .electronegativity/accepted.json with the reason), and which are only for
// reading (LOW, INFORMATIONAL). Pure, so the rules are unit-tested without running the tool.

export const SEVERITIES = ['INFORMATIONAL', 'LOW', 'MEDIUM', 'HIGH'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** The severities that fail the check unless accepted. */
export const BLOCKING: readonly Severity[] = ['HIGH', 'MEDIUM'];

export interface Finding {
  /** The check's id, e.g. SANDBOX_JS_CHECK. */
  check: string;
  severity: Severity;
  confidence: string;
  /** Relative to the scanned folder, with forward slashes (electron/main.ts); "N/A" for global checks. */
  file: string;
  line: number;
  column: number;
  /** The source line (or the policy, for CSP checks) the finding points at. */
  sample: string;
  description: string;
  manualReview: boolean;
}

/**
 * One accepted finding: the check, the file, optionally text the finding's source line must contain
 * (so the acceptance covers that one place, not every future finding of the check in the file), and
 * why it is accepted.
 */
export interface Acceptance {
  check: string;
  file: string;
  where?: string;
  reason: string;
}

export interface Triage {
  blocking: Finding[];
  accepted: Array<{ finding: Finding; reason: string }>;
  /** LOW and INFORMATIONAL findings: printed, never failing. */
  advisory: Finding[];
  /** Acceptances that matched nothing: the code changed, and the list should be pruned. */
  unused: Acceptance[];
}

/** Reads the accepted list, refusing entries without a check, a file or a reason. */
export function parseAcceptances(value: unknown): Acceptance[] {
  const list = (value as { accepted?: unknown } | null)?.accepted;
  if (!Array.isArray(list)) throw new Error('The accepted list must be { "accepted": [ ... ] }');
  return list.map((entry: unknown, i) => {
    const e = (entry ?? {}) as Record<string, unknown>;
    const text = (key: string, required: boolean): string | undefined => {
      const v = e[key];
      if (v === undefined && !required) return undefined;
      if (typeof v !== 'string' || v.trim() === '') throw new Error(`Accepted finding ${i + 1}: "${key}" must be a non-empty string`);
      return v;
    };
    const check = text('check', true)!;
    const file = text('file', true)!;
    const where = text('where', false);
    const reason = text('reason', true)!;
    const unknown = Object.keys(e).filter((k) => !['check', 'file', 'where', 'reason'].includes(k));
    if (unknown.length > 0) throw new Error(`Accepted finding ${i + 1}: unknown key ${unknown.join(', ')}`);
    return where === undefined ? { check, file, reason } : { check, file, where, reason };
  });
}

/** Electronegativity's issue object (programmatic API) as a Finding; paths made relative, with /. */
export function toFinding(issue: unknown): Finding {
  const i = issue as {
    id?: unknown;
    file?: unknown;
    location?: { line?: unknown; column?: unknown };
    severity?: { name?: unknown };
    confidence?: { name?: unknown };
    sample?: unknown;
    description?: unknown;
    manualReview?: unknown;
  };
  const severity = String(i.severity?.name ?? '').toUpperCase();
  if (!(SEVERITIES as readonly string[]).includes(severity)) throw new Error(`Unknown severity in finding ${JSON.stringify(issue)}`);
  return {
    check: String(i.id ?? 'UNKNOWN_CHECK'),
    severity: severity as Severity,
    confidence: String(i.confidence?.name ?? ''),
    file: String(i.file ?? 'N/A').replaceAll('\\', '/'),
    line: Number(i.location?.line ?? 0),
    column: Number(i.location?.column ?? 0),
    sample: typeof i.sample === 'string' ? i.sample.trim() : '',
    description: typeof i.description === 'string' ? i.description : '',
    manualReview: i.manualReview === true,
  };
}

export function matches(acceptance: Acceptance, finding: Finding): boolean {
  return (
    acceptance.check.toUpperCase() === finding.check.toUpperCase() &&
    acceptance.file === finding.file &&
    (acceptance.where === undefined || finding.sample.includes(acceptance.where))
  );
}

export function triage(findings: readonly Finding[], acceptances: readonly Acceptance[]): Triage {
  const result: Triage = { blocking: [], accepted: [], advisory: [], unused: [] };
  const used = new Set<Acceptance>();
  for (const finding of findings) {
    const acceptance = acceptances.find((a) => matches(a, finding));
    if (acceptance) {
      used.add(acceptance);
      result.accepted.push({ finding, reason: acceptance.reason });
    } else if (BLOCKING.includes(finding.severity)) {
      result.blocking.push(finding);
    } else {
      result.advisory.push(finding);
    }
  }
  result.unused = acceptances.filter((a) => !used.has(a));
  return result;
}

export function formatFinding(f: Finding): string {
  const where = f.file === 'N/A' ? '(whole app)' : `${f.file}:${f.line}:${f.column}`;
  const review = f.manualReview ? ', review' : '';
  const sample = f.sample ? `\n      ${f.sample.length > 120 ? `${f.sample.slice(0, 117)}...` : f.sample}` : '';
  return `  ${f.severity} ${f.check} (${f.confidence}${review}) ${where}${f.description ? `\n      ${f.description}` : ''}${sample}`;
}
