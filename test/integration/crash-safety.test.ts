// kill -9 at any instant: a station process writing as a busy dosing room does is killed at random
// moments, again and again, on the same records. Whatever the screen was told had been saved must
// be there afterwards, and the database must be sound and open as usual.
// The moments are drawn from a seed printed at the start: CRASH_SEED=<seed> replays a failing run.
import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { build } from 'esbuild';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { systemClock } from '../../electron/station/clock';
import { DATABASE_FILE } from '../../electron/station/db/open-database';
import { seededRandom } from '../../electron/station/devices/simulator/seeded-random';
import type { SessionView } from '../../shared/api/views';
import { call, openTestStation, tempDataDir } from '../support/station';

const ROUNDS = 30;
/** Of the rounds, this share is killed while the process is still starting (opening, migrating, tidying up). */
const KILL_DURING_START = 0.2;
const LONGEST_WAIT_AFTER_READY_MS = 250;

const REPO = resolve(__dirname, '..', '..');
const data = tempDataDir();
const writer = join(data.dir, 'crash-writer.cjs');
const records = join(data.dir, 'records');

// Started through tsx the writer needs 1 to 2 s to start here; bundled once to plain JavaScript it
// starts in about 0.3 s, which is what lets 30 rounds fit in the time a test may take.
beforeAll(async () => {
  await build({
    entryPoints: [join(REPO, 'test', 'support', 'crash-writer.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    packages: 'external',
    outfile: writer,
    logLevel: 'warning',
  });
});
afterAll(() => data.remove());

interface Ack {
  round: number;
  line: string;
}

interface Round {
  lines: string[];
  readyAfterMs: number | null;
}

type KillAt = { msAfterStart: number } | { msAfterReady: number };

/** Runs the writer until it is killed as asked; every complete line it printed is returned. */
function runUntilKilled(killAt: KillAt): Promise<Round> {
  return new Promise((done, fail) => {
    const started = performance.now();
    const child = spawn(process.execPath, [writer, records], {
      // The bundle leaves the packages (better-sqlite3 and its native build among them) in node_modules.
      env: { ...process.env, NODE_PATH: join(REPO, 'node_modules') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    let readyAfterMs: number | null = null;
    let killed = false;
    const kill = () => {
      killed = true;
      child.kill('SIGKILL');
    };
    if ('msAfterStart' in killAt) setTimeout(kill, killAt.msAfterStart);
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
      if (readyAfterMs === null && /^ready$/m.test(out)) {
        readyAfterMs = performance.now() - started;
        if ('msAfterReady' in killAt) setTimeout(kill, killAt.msAfterReady);
      }
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
    child.on('error', fail);
    child.on('close', (code, signal) => {
      if (!killed || signal !== 'SIGKILL') {
        fail(new Error(`The writer ended by itself (exit ${code}, signal ${signal}) before it was killed:\n${err}`));
        return;
      }
      // A line cut off by the kill has no newline yet: the screen never saw it.
      const lines = out.split('\n').slice(0, -1);
      done({ lines, readyAfterMs });
    });
  });
}

interface Expected {
  pulses: Set<number>;
  closed: boolean;
  firstAcked: Ack;
}

function expectedRecords(acks: Ack[]): Map<string, Expected> {
  const sessions = new Map<string, Expected>();
  const of = (id: string, ack: Ack) => {
    let s = sessions.get(id);
    if (!s) sessions.set(id, (s = { pulses: new Set(), closed: false, firstAcked: ack }));
    return s;
  };
  for (const ack of acks) {
    const [what, sessionId, value] = ack.line.split(' ');
    if (what === 'in') of(sessionId, ack);
    else if (what === 'obs') of(sessionId, ack).pulses.add(Number(value));
    else if (what === 'out') of(sessionId, ack).closed = true;
  }
  return sessions;
}

it(`keeps everything acknowledged through ${ROUNDS} kills at random instants, and the database stays sound`, async () => {
  const seed = process.env.CRASH_SEED ? Number(process.env.CRASH_SEED) : Math.floor(Math.random() * 2 ** 31);
  console.log(`crash-safety seed ${seed} (replay: CRASH_SEED=${seed} npx vitest run test/integration/crash-safety.test.ts)`);
  const random = seededRandom(seed);

  const acks: Ack[] = [];
  let roundsKilledWhileWriting = 0;
  let typicalStartMs = 400;
  for (let round = 0; round < ROUNDS; round++) {
    const killAt: KillAt =
      random() < KILL_DURING_START
        ? { msAfterStart: random() * typicalStartMs }
        : { msAfterReady: random() * LONGEST_WAIT_AFTER_READY_MS };
    const result = await runUntilKilled(killAt);
    if (result.readyAfterMs !== null) typicalStartMs = result.readyAfterMs;
    const saved = result.lines.filter((l) => l !== 'ready');
    if (result.lines.includes('ready') && saved.some((l) => l.startsWith('obs'))) roundsKilledWhileWriting++;
    acks.push(...saved.map((line) => ({ round, line })));
  }
  const sessions = expectedRecords(acks);
  console.log(`${acks.length} acknowledged saves in ${sessions.size} sessions; ${roundsKilledWhileWriting} rounds killed while writing`);
  // Otherwise the kills never met a write and this test proves nothing.
  expect(roundsKilledWhileWriting).toBeGreaterThanOrEqual(ROUNDS / 3);

  const db = new Database(join(records, DATABASE_FILE));
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  } finally {
    db.close();
  }

  const core = openTestStation(records, systemClock);
  try {
    const missing: string[] = [];
    for (const [sessionId, expected] of sessions) {
      const answer = core.handle('session.get', { sessionId });
      if (answer instanceof Promise || !answer.ok) {
        missing.push(`session ${sessionId} (acknowledged in round ${expected.firstAcked.round})`);
        continue;
      }
      const view = answer.result as SessionView;
      const stored = new Set(view.entries.flatMap((e) => (e.body.kind === 'observation' && e.body.bp?.pulse ? [e.body.bp.pulse] : [])));
      for (const pulse of expected.pulses) if (!stored.has(pulse)) missing.push(`check with pulse ${pulse} of session ${sessionId}`);
      if (expected.closed && !view.closure) missing.push(`the cancellation of session ${sessionId}`);
    }
    expect(missing, `seed ${seed}`).toEqual([]);
    expect(call(core, 'board.get', {}).chairs.length).toBeGreaterThan(0);
  } finally {
    core.close();
  }
}, 60_000);
