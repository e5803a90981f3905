// `npm run device -- <command> ...`: the serial-device tools. Each command lives in its own module
// exporting `run(args): Promise<number>` (the exit code). Modules are loaded only when their
// command is used, so one tool missing from a build does not stop the others.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const COMMANDS: Record<string, { module: string; about: string }> = {
  decode: { module: 'decode.ts', about: 'decode --protocol NAME [--file F]   print the events in captured bytes' },
  simulate: { module: 'simulate.ts', about: 'simulate --protocol NAME --port PATH [--script F]   act as a monitor' },
  doctor: { module: 'doctor.ts', about: 'doctor --port PATH --protocol NAME   check a connected monitor' },
};

const USAGE = `usage: npm run device -- <command> [options]\n${Object.values(COMMANDS)
  .map((c) => `  ${c.about}`)
  .join('\n')}`;

interface CommandModule {
  run(args: string[]): Promise<number>;
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const command = name !== undefined && Object.prototype.hasOwnProperty.call(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!command) {
    process.stderr.write(`${name === undefined ? 'no command given' : `unknown command: ${name}`}\n${USAGE}\n`);
    return 2;
  }
  const file = join(__dirname, command.module);
  if (!existsSync(file)) {
    process.stderr.write(`device ${name}: this tool is not available in this build (${command.module} is missing)\n`);
    return 1;
  }
  const loaded = (await import(pathToFileURL(file).href)) as Partial<CommandModule> & { default?: Partial<CommandModule> };
  const run = loaded.run ?? loaded.default?.run;
  if (typeof run !== 'function') {
    process.stderr.write(`device ${name}: ${command.module} does not export run(args)\n`);
    return 1;
  }
  return run(args);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  },
);
