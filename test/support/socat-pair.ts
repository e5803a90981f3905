// A real serial line for tests: socat joins two pseudo-terminals and exposes them under fixed link
// names. Killing socat closes both masters, which the ports on each end see exactly like a USB
// unplug; restarting it on the same link names is a replug.
import { spawn, type ChildProcess } from 'node:child_process';
import { lstatSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface SocatPair {
  /** Link to the first pty (e.g. the simulated monitor's end). */
  readonly a: string;
  /** Link to the second pty (e.g. the station's end). */
  readonly b: string;
  /** Stops socat and waits until it has gone and both links are removed: an unplug. */
  kill(): Promise<void>;
  /** Starts socat again on the same link names (after kill): a replug. */
  restart(): Promise<void>;
  /** Kills socat and removes the temporary folder. */
  dispose(): Promise<void>;
}

const START_TIMEOUT_MS = 10_000;

function exists(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

function waitFor(check: () => boolean, timeoutMs: number, what: string, failed: () => string | null): Promise<void> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const tick = () => {
      const failure = failed();
      if (failure) return reject(new Error(failure));
      if (check()) return resolve();
      if (Date.now() - started > timeoutMs) return reject(new Error(`Timed out waiting for ${what}`));
      setTimeout(tick, 10);
    };
    tick();
  });
}

export async function startSocatPair(): Promise<SocatPair> {
  const dir = mkdtempSync(join(tmpdir(), 'socat-pair-'));
  const a = join(dir, 'a');
  const b = join(dir, 'b');
  let child: ChildProcess | null = null;
  let stderr = '';

  async function start(): Promise<void> {
    stderr = '';
    let exitedEarly: string | null = null;
    const proc = spawn('socat', ['-d', '-d', `pty,raw,echo=0,link=${a}`, `pty,raw,echo=0,link=${b}`], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    child = proc;
    proc.stderr!.setEncoding('utf8');
    proc.stderr!.on('data', (s: string) => {
      stderr += s;
    });
    proc.on('error', (err) => {
      exitedEarly = `socat could not be started: ${err.message}`;
    });
    proc.on('exit', (code, signal) => {
      exitedEarly ??= `socat exited (code ${code}, signal ${signal}): ${stderr.trim()}`;
    });
    // socat logs "starting data transfer loop" once both ptys are set up; the links exist by then.
    await waitFor(
      () => exists(a) && exists(b) && stderr.includes('starting data transfer loop'),
      START_TIMEOUT_MS,
      'socat to create the pty links',
      () => exitedEarly,
    );
  }

  async function kill(): Promise<void> {
    const proc = child;
    child = null;
    if (!proc || proc.exitCode !== null || proc.signalCode !== null) return;
    const gone = new Promise<void>((resolve) => proc.once('exit', () => resolve()));
    // SIGTERM lets socat remove its links, so the path really disappears like an unplugged adapter's.
    proc.kill('SIGTERM');
    const timer = setTimeout(() => proc.kill('SIGKILL'), 3_000);
    await gone;
    clearTimeout(timer);
    // After a SIGKILL the links would be left dangling; remove them so a replug starts clean.
    for (const p of [a, b]) rmSync(p, { force: true });
  }

  await start();
  return {
    a,
    b,
    kill,
    async restart() {
      await kill();
      await start();
    },
    async dispose() {
      await kill();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
