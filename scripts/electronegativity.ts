// npm run lint:electron — Electronegativity over the shell (electron/) and the screen (renderer/).
// Prints every finding, and exits 1 when a HIGH or MEDIUM one is not in .electronegativity/accepted.json
// (or when a file could not be checked at all). See .electronegativity/README.md.
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { formatFinding, parseAcceptances, toFinding, triage } from './electronegativity-findings';

const repoRoot = resolve(__dirname, '..');
const SCANNED = ['electron', 'renderer'];
const ACCEPTED_FILE = join(repoRoot, '.electronegativity', 'accepted.json');
/** Downloads Electron's release list to look for newer patch releases: the one check that needs the
 *  internet. Keeping Electron current is the dependency updates' job, not this scan's. */
const EXCLUDED_CHECKS = ['AvailableSecurityFixesGlobalCheck'];

type Run = (options: Record<string, unknown>) => Promise<{ issues: unknown[]; errors: Array<{ file: string; message: string; tolerable: boolean }> }>;

const require = createRequire(join(repoRoot, 'package.json'));

/**
 * The tool also fetches translations of its messages from the internet at every run. The station's
 * checks run offline (CI has no internet either), so its HTTP client is answered with a refusal
 * before the tool loads; it then uses the English messages it ships with.
 */
function loadOffline(): Run {
  const toolDir = dirname(require.resolve('@doyensec/electronegativity/package.json'));
  const gotPath = createRequire(join(toolDir, 'package.json')).resolve('got');
  const offline = Object.assign(() => Promise.reject(new Error('offline')), {
    get: () => Promise.reject(new Error('offline')),
    head: () => Promise.reject(new Error('offline')),
  });
  require.cache[gotPath] = { id: gotPath, filename: gotPath, loaded: true, exports: offline } as unknown as NodeJS.Module;
  return require('@doyensec/electronegativity') as Run;
}

/** The tool takes one folder; the two are copied side by side so the global checks see both (the
 *  navigation and permission handlers live in electron/, the page's policy in renderer/). */
function stageSources(): string {
  const staged = mkdtempSync(join(tmpdir(), 'electronegativity-'));
  for (const dir of SCANNED) {
    cpSync(join(repoRoot, dir), join(staged, dir), { recursive: true, filter: (source) => !source.includes('node_modules') });
  }
  return staged;
}

async function main(): Promise<number> {
  const started = Date.now();
  const acceptances = parseAcceptances(JSON.parse(readFileSync(ACCEPTED_FILE, 'utf8')));
  const electronVersion = (JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')) as { version: string }).version;
  const run = loadOffline();
  const staged = stageSources();
  let result: Awaited<ReturnType<Run>>;
  // The tool says on the console that the translations could not be fetched; that is expected here.
  const log = console.log;
  console.log = (...args: unknown[]) => {
    if (!String(args[0]).startsWith('Could not retrieve updated translations')) log(...args);
  };
  try {
    result = await run({ input: staged, isRelative: true, electronVersionOverride: electronVersion, excludeFromScan: EXCLUDED_CHECKS });
  } finally {
    console.log = log;
    rmSync(staged, { recursive: true, force: true });
  }

  const { blocking, accepted, advisory, unused } = triage(result.issues.map(toFinding), acceptances);
  const unchecked = result.errors.filter((e) => !e.tolerable);

  console.log(`Electronegativity over ${SCANNED.join('/ and ')}/ (Electron ${electronVersion}), ${((Date.now() - started) / 1000).toFixed(1)} s`);
  if (accepted.length > 0) {
    console.log(`\nAccepted (${accepted.length}), see .electronegativity/accepted.json:`);
    for (const { finding, reason } of accepted) console.log(`  ${finding.severity} ${finding.check} ${finding.file}:${finding.line} — ${reason}`);
  }
  if (advisory.length > 0) {
    console.log(`\nFor review, not failing (${advisory.length}):`);
    for (const f of advisory) console.log(formatFinding(f));
  }
  if (unused.length > 0) {
    console.log(`\nAccepted findings that no longer occur (remove them from the list):`);
    for (const a of unused) console.log(`  ${a.check} ${a.file}${a.where ? ` at "${a.where}"` : ''}`);
  }
  if (unchecked.length > 0) {
    console.log(`\nFiles the tool could not check (${unchecked.length}):`);
    for (const e of unchecked) console.log(`  ${e.file}: ${e.message}`);
  }
  if (blocking.length > 0) {
    console.log(`\nHIGH or MEDIUM findings not accepted (${blocking.length}):`);
    for (const f of blocking) console.log(formatFinding(f));
  }
  const failed = blocking.length > 0 || unchecked.length > 0;
  console.log(failed ? '\nElectronegativity: FAILED' : '\nElectronegativity: no HIGH or MEDIUM finding left.');
  return failed ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error('Electronegativity could not run:', error instanceof Error ? error.message : error);
    process.exit(2);
  },
);
