// The command-line tools against a simulated monitor over a real pseudo-terminal pair:
// `device doctor` and `device simulate`, run as an installer would run them.
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DeviceConnection } from '../../../electron/station/devices/device-connection';
import { PROTOCOLS } from '../../../electron/station/devices/protocols';
import { SimulatedMonitor } from '../../../electron/station/devices/simulator/simulated-monitor';
import { EventLog } from '../../support/device-rig';
import { startSocatPair, type SocatPair } from '../../support/socat-pair';

const ROOT = resolve(__dirname, '../../..');
const CLI = resolve(ROOT, 'scripts/device/cli.ts');

interface Tool {
  /** Resolves with the exit code once the tool has ended. */
  exited: Promise<number | null>;
  output(): string;
  signal(name: NodeJS.Signals): void;
}

function tool(args: string[]): Tool {
  const child = spawn(process.execPath, ['--import', 'tsx', CLI, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout.setEncoding('utf8').on('data', (s: string) => (out += s));
  child.stderr.setEncoding('utf8').on('data', (s: string) => (out += s));
  const exited = new Promise<number | null>((done) => child.on('close', (code) => done(code)));
  return { exited, output: () => out, signal: (name) => child.kill(name) };
}

/** Resolves once the tool has printed `text`. */
function printed(t: Tool, text: string, timeoutMs = 15_000): Promise<void> {
  return new Promise((ok, fail) => {
    const started = Date.now();
    const check = () => {
      if (t.output().includes(text)) return ok();
      if (Date.now() - started > timeoutMs) return fail(new Error(`"${text}" not printed; output:\n${t.output()}`));
      setTimeout(check, 20);
    };
    check();
  });
}

let pair: SocatPair | null = null;
let monitor: SimulatedMonitor | null = null;
afterEach(async () => {
  await monitor?.stop();
  await pair?.dispose();
  pair = monitor = null;
});

describe('device doctor', () => {
  it('starts a measurement on a SunTech and prints the reading (exit 0)', async () => {
    pair = await startSocatPair();
    monitor = await SimulatedMonitor.start({
      protocol: 'suntech',
      path: pair.a,
      script: { readings: [{ systolic: 131, diastolic: 83, map: 99, pulse: 77 }], measurementMs: 800 },
    });
    const doctor = tool(['doctor', '--port', pair.b, '--protocol', 'suntech', '--timeout', '20']);
    expect(await doctor.exited).toBe(0);
    const out = doctor.output();
    expect(out).toContain(`Port ${pair.b} opened.`);
    expect(out).toContain('The monitor accepted the command and is measuring.');
    expect(out).toMatch(/Cuff pressure \d+ mmHg\./);
    expect(out).toContain('Reading: 131/83 mmHg, MAP 99, pulse 77.');
    expect(out).toContain('Result: the monitor works with this station.');
  });

  it("reports the device's error in words (exit 1)", async () => {
    pair = await startSocatPair();
    monitor = await SimulatedMonitor.start({ protocol: 'and-tm2655', path: pair.a, script: { readings: [{ error: 'E43' }], measurementMs: 100 } });
    const doctor = tool(['doctor', '--port', pair.b, '--protocol', 'and-tm2655', '--timeout', '20']);
    expect(await doctor.exited).toBe(1);
    expect(doctor.output()).toContain('The measurement failed: no pulse (code E43).');
  });

  it('says why the port did not open (exit 1), and refuses a bad command line (exit 2)', async () => {
    const missing = tool(['doctor', '--port', '/dev/does-not-exist-42', '--protocol', 'suntech', '--timeout', '5']);
    const bad = tool(['doctor', '--port', '/dev/x', '--protocol', 'dinamap']);
    expect(await missing.exited).toBe(1);
    expect(missing.output()).toContain('The port did not open: /dev/does-not-exist-42 is not there');
    expect(await bad.exited).toBe(2);
    expect(bad.output()).toContain('unknown protocol: dinamap');
  });
});

describe('device simulate', () => {
  it('acts as the monitor until SIGTERM, saying what it does', async () => {
    pair = await startSocatPair();
    const simulate = tool(['simulate', '--protocol', 'suntech', '--port', pair.a]);
    await printed(simulate, 'Waiting for the station to start a measurement.');
    const log = new EventLog();
    const connection = new DeviceConnection({ path: pair.b, baudRate: 9600, driver: PROTOCOLS.suntech });
    connection.on((e) => log.record(e));
    connection.open();
    try {
      await log.waitFor('connected');
      connection.measureNow();
      expect(await log.waitFor('reading')).toMatchObject({ systolic: 120, diastolic: 80 });
    } finally {
      await connection.close();
    }
    await printed(simulate, 'Asked for the result: sending it.');
    simulate.signal('SIGTERM');
    expect(await simulate.exited).toBe(0);
    expect(simulate.output()).toContain('SIGTERM: stopping the simulated monitor.');
  });

  it('refuses a bad command line (exit 2)', async () => {
    const simulate = tool(['simulate', '--protocol', 'suntech']);
    expect(await simulate.exited).toBe(2);
    expect(simulate.output()).toContain('--port is required');
  });
});
