// `npm run device -- simulate --protocol NAME --port PATH [--script FILE] [--baud N]`: acts as a BP
// monitor on a serial path (one end of a socat pair, or a null-modem cable to the station), so a
// station can be checked without a patient. Runs until Ctrl+C (SIGINT) or SIGTERM; says what it does.
import { readFile } from 'node:fs/promises';
import { PROTOCOL_NAMES, protocolByName } from '../../electron/station/devices/protocols';
import { SimulatedMonitor } from '../../electron/station/devices/simulator/simulated-monitor';
import { parseSimulatorScript, type SimulatorScript } from '../../electron/station/devices/simulator/simulator-script';
import { readFlags, wholeNumberFlag } from './flags';

const USAGE = `usage: npm run device -- simulate --protocol NAME --port PATH [--script FILE] [--baud N]
  Acts as a BP monitor on PATH (for example one end of:
    socat -d -d pty,raw,echo=0,link=/tmp/monitor pty,raw,echo=0,link=/tmp/station
  with the station's monitor set to /tmp/station). Press Enter to measure as if started on the
  device (Omron, Accutorr, A&D); Ctrl+C to stop.
  NAME: ${PROTOCOL_NAMES.join(', ')}
  FILE: JSON, e.g. {"readings":[{"systolic":120,"diastolic":80,"map":93,"pulse":72},{"error":"87"}],
        "measurementMs":3000,"replyDelayMs":20,"repeatEveryMs":null,"firstMeasurementMs":null,
        "noise":{"garbageBytes":3,"chunkBytes":4,"chunkGapMs":2,"seed":1}}`;

function stamp(): string {
  return new Date().toTimeString().slice(0, 8);
}

function say(text: string): void {
  process.stdout.write(`${stamp()}  ${text}\n`);
}

async function loadScript(file: string | undefined): Promise<SimulatorScript | string> {
  if (file === undefined) return parseSimulatorScript({});
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    return `cannot read the script ${file}: ${(err as Error).message}`;
  }
  try {
    return parseSimulatorScript(JSON.parse(text));
  } catch (err) {
    return `${file}: ${(err as Error).message}`;
  }
}

function untilStopSignal(): Promise<string> {
  return new Promise((resolve) => {
    const stop = (signal: string) => {
      process.off('SIGINT', onInt);
      process.off('SIGTERM', onTerm);
      resolve(signal);
    };
    const onInt = () => stop('SIGINT');
    const onTerm = () => stop('SIGTERM');
    process.on('SIGINT', onInt);
    process.on('SIGTERM', onTerm);
  });
}

export async function run(args: string[]): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const flags = readFlags(args, ['protocol', 'port', 'script', 'baud']);
  const bad = (message: string) => {
    process.stderr.write(`simulate: ${message}\n${USAGE}\n`);
    return 2;
  };
  if (typeof flags === 'string') return bad(flags);
  if (!flags.protocol) return bad('--protocol is required');
  if (!flags.port) return bad('--port is required');
  const driver = protocolByName(flags.protocol);
  if (!driver) return bad(`unknown protocol: ${flags.protocol}`);
  const baudRate = flags.baud === undefined ? driver.defaultBaud : wholeNumberFlag(flags.baud, 50, 4_000_000);
  if (baudRate === null) return bad(`--baud must be a whole number of bits per second, not "${flags.baud}"`);
  const script = await loadScript(flags.script);
  if (typeof script === 'string') return bad(script);

  let monitor: SimulatedMonitor;
  try {
    monitor = await SimulatedMonitor.start({ protocol: driver.name, path: flags.port, baudRate, script, say });
  } catch (err) {
    process.stderr.write(`simulate: ${(err as Error).message}\n`);
    return 1;
  }
  say(`Simulating a ${driver.label} on ${flags.port} at ${baudRate} baud, 8N1.`);
  say(`Readings in order: ${script.readings.length}; a measurement takes ${script.measurementMs / 1000} s.`);
  say(driver.canStartMeasurement && driver.name === 'suntech' ? 'Waiting for the station to start a measurement.' : 'Press Enter to measure as if started on the device.');
  say('Ctrl+C stops the simulator.');

  const onLine = () => monitor.measureOnDevice();
  const interactive = !process.stdin.destroyed;
  if (interactive) {
    process.stdin.setEncoding('utf8');
    process.stdin.on('data', onLine);
    process.stdin.on('error', () => undefined);
  }
  const signal = await untilStopSignal();
  if (interactive) {
    process.stdin.off('data', onLine);
    process.stdin.pause();
  }
  say(`${signal}: stopping the simulated monitor.`);
  await monitor.stop();
  return 0;
}
