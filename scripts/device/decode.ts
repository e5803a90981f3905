// `npm run device -- decode --protocol NAME [--file F]`: reads raw bytes captured from a monitor
// (a file, or stdin) and prints one JSON line per decoded event, in order, to check what a real
// device sends. Exit 0 whatever the bytes are; 2 for a bad command line; 1 if the file cannot be read.
import { readFile } from 'node:fs/promises';
import { PROTOCOL_NAMES, protocolByName } from '../../electron/station/devices/protocols';
import type { DeviceEvent } from '../../electron/station/devices/protocols/types';

const USAGE = `usage: npm run device -- decode --protocol NAME [--file FILE]
  Prints one JSON line per event decoded from the bytes in FILE (or stdin).
  NAME: ${PROTOCOL_NAMES.join(', ')}`;

interface Options {
  protocol: string;
  file: string | null;
}

export function parseDecodeArgs(args: string[]): Options | string {
  let protocol: string | null = null;
  let file: string | null = null;
  for (let i = 0; i < args.length; i++) {
    const [flag, inline] = args[i].startsWith('--') && args[i].includes('=') ? splitOnce(args[i]) : [args[i], null];
    if (flag !== '--protocol' && flag !== '--file') return `unknown argument: ${args[i]}`;
    const value = inline ?? args[++i];
    if (value === undefined || value === '' || (inline === null && value.startsWith('--'))) return `${flag} needs a value`;
    if (flag === '--protocol') protocol = value;
    else file = value;
  }
  if (protocol === null) return '--protocol is required';
  if (!protocolByName(protocol)) return `unknown protocol: ${protocol}`;
  return { protocol, file };
}

/** All bytes through one parser, then a silence long enough to give up any unfinished frame. */
export function decodeBytes(protocol: string, bytes: Uint8Array): DeviceEvent[] {
  const driver = protocolByName(protocol);
  if (!driver) return [];
  const parser = driver.createParser();
  return [...parser.push(bytes, 0), ...parser.idle(Number.POSITIVE_INFINITY)];
}

export async function run(args: string[]): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const options = parseDecodeArgs(args);
  if (typeof options === 'string') {
    process.stderr.write(`decode: ${options}\n${USAGE}\n`);
    return 2;
  }
  let bytes: Uint8Array;
  try {
    bytes = options.file === null ? await readStdin() : await readFile(options.file);
  } catch (error) {
    process.stderr.write(`decode: cannot read ${options.file ?? 'stdin'}: ${(error as Error).message}\n`);
    return 1;
  }
  const lines = decodeBytes(options.protocol, bytes).map((e) => JSON.stringify(e) + '\n');
  await new Promise<void>((resolve) => process.stdout.write(lines.join(''), () => resolve()));
  return 0;
}

function splitOnce(arg: string): [string, string] {
  const at = arg.indexOf('=');
  return [arg.slice(0, at), arg.slice(at + 1)];
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
