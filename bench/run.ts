// npm run bench [-- --short] [--only core-soak,records,page-soak,board,alarm-latency,device-latency]
// The station at clinic scale, as one report: figures printed one a line and written as JSON to
// bench/results/. Figures, not a test: nothing here fails on a time.
import { modeFrom } from './bench-mode';
import { runReport } from './run-report';

function onlyFrom(argv: readonly string[]): string[] | undefined {
  const at = argv.indexOf('--only');
  const value = at >= 0 ? argv[at + 1] : argv.find((a) => a.startsWith('--only='))?.slice('--only='.length);
  return value ? value.split(',') : undefined;
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const mode = modeFrom(argv, process.env);
  console.log(`Observation Station scale report (${mode.name})\n`);
  const report = await runReport({ mode, only: onlyFrom(argv) });
  console.log(`\nWritten to ${report.write()} and bench/results/latest.json`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
