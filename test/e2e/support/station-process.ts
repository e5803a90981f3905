// Runs the real headless station server (`electron/serve.ts`) as a child process on a data folder,
// so a test can stop it and start it again on the same records, as a clinic restarting the station.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '..', '..', '..');

export class StationProcess {
  private child: ChildProcess | null = null;
  private output = '';
  url = '';

  constructor(readonly dataDir: string = mkdtempSync(join(tmpdir(), 'station-e2e-'))) {}

  async start(): Promise<string> {
    const child = spawn(process.execPath, ['--import', 'tsx', 'electron/serve.ts', '--data-dir', this.dataDir, '--port', '0', '--test-clock'], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    this.output = '';
    this.url = await new Promise<string>((resolveUrl, reject) => {
      const timer = setTimeout(() => reject(new Error(`The station did not start:\n${this.output}`)), 30_000);
      const onData = (chunk: Buffer) => {
        this.output += chunk.toString();
        const match = /running at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(this.output);
        if (match) {
          clearTimeout(timer);
          resolveUrl(match[1]);
        }
      };
      child.stdout?.on('data', onData);
      child.stderr?.on('data', onData);
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`The station exited with ${code}:\n${this.output}`));
      });
    });
    return this.url;
  }

  /** Stops the server the way a crash would: no chance to tidy up. */
  async kill(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    await new Promise<void>((done) => {
      child.once('exit', () => done());
      child.kill('SIGKILL');
    });
    this.child = null;
  }

  async dispose(): Promise<void> {
    await this.kill();
    rmSync(this.dataDir, { recursive: true, force: true });
  }
}
