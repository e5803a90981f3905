// Runs the real headless station server (`electron/serve.ts`) as a child process on a data folder,
// so a test can stop it and start it again on the same records, as a clinic restarting the station.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { setUpUsers, type E2eUsers } from './users';

const ROOT = resolve(__dirname, '..', '..', '..');

export class StationProcess {
  private child: ChildProcess | null = null;
  private output = '';
  private people: E2eUsers | null = null;
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
        const match = /running at (http:\/\/127\.0\.0\.1:\d+\/\?token=[A-Za-z0-9_-]+)/.exec(this.output);
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

  /** First start only: the admin, clinician and nurse every test station has (the fixture does it). */
  async setUpUsers(): Promise<E2eUsers> {
    this.people = await setUpUsers(this.url);
    return this.people;
  }

  /** The users made by setUpUsers, with their ids and PINs. */
  get users(): E2eUsers {
    if (!this.people) throw new Error('This station was started without users (test.use({ setUpUsers: false }))');
    return this.people;
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
