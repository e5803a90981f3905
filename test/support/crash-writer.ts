// The child of the crash-safety test: a real station core on the given data folder, writing as a
// busy dosing room does, until it is killed. After every request the core answered ok, it prints
// one line naming what was saved: that line is the moment the screen would tell the nurse "saved".
//   in <sessionId> <clinicId>   a check-in
//   obs <sessionId> <pulse>     a check of that session; each check of a session has its own pulse
//   out <sessionId>             the session was cancelled (closed)
// Usage: tsx test/support/crash-writer.ts <dataDir>  (the test runs it bundled; it stops by itself
// after MAX_RUN_MS if nobody kills it)
import { writeSync } from 'node:fs';
import { SteadyClock } from '../../electron/station/steady-clock';
import { openStation } from '../../electron/station/open-station';
import { confSettings } from '../../electron/station/settings/conf-settings';
import type { BoardView, SessionView } from '../../shared/api/views';
import { handleSignedIn } from './users';

const PULSE_BASE = 60;
const CHECKS_PER_SESSION = 30;
const MAX_RUN_MS = 15_000;
const BY = 'Nurse Crash';

const dataDir = process.argv[2];
if (!dataDir) {
  process.stderr.write('usage: crash-writer <dataDir>\n');
  process.exit(2);
}

/** Synchronous on purpose: once this returns, the line is in the pipe even if we die next. */
function acknowledge(line: string): void {
  writeSync(1, `${line}\n`);
}

// PINs hashed at the lowest allowed cost, as on the test stations: each round signs in again.
const core = openStation({ dataDir, clock: new SteadyClock(), settings: confSettings(dataDir, () => {}), heartbeatMs: 0, log: () => {}, pinCostLn: 10 });

/** Sends a request as the nurse's signed-in screen would (the first run makes the station's users). */
function ask<R>(method: string, input: unknown): R {
  const answer = handleSignedIn(core, method, input);
  if (answer instanceof Promise) throw new Error(`${method} answered asynchronously`);
  if (!answer.ok) throw new Error(`${method} refused: ${answer.error.code} ${answer.error.message}`);
  return answer.result as R;
}

// Sessions a killed predecessor left open hold their chairs: close them first, as the nurses would.
const board = ask<BoardView>('board.get', {});
for (const chair of board.chairs) {
  if (!chair.session) continue;
  ask<SessionView>('session.cancel', { sessionId: chair.session.sessionId, reason: 'Station restarted during the test', by: BY });
  acknowledge(`out ${chair.session.sessionId}`);
}
acknowledge('ready');

interface OpenSession {
  sessionId: string;
  checks: number;
}
const chairs = board.chairs.map((c) => c.chairId);
const open = new Map<string, OpenSession>();
let patients = 0;

function checkIn(chairId: string): void {
  const clinicId = `P-${process.pid}-${++patients}`;
  const view = ask<SessionView>('session.checkIn', {
    chairId,
    patient: { clinicId, name: `Crash ${patients}` },
    protocolId: 'spravato-56',
    by: BY,
  });
  acknowledge(`in ${view.sessionId} ${clinicId}`);
  open.set(chairId, { sessionId: view.sessionId, checks: 0 });
}

function recordCheck(session: OpenSession): void {
  const pulse = PULSE_BASE + session.checks;
  ask<SessionView>('session.recordObservation', {
    sessionId: session.sessionId,
    bp: { systolic: 124, diastolic: 78, pulse },
    spo2: 98,
    by: BY,
  });
  session.checks += 1;
  acknowledge(`obs ${session.sessionId} ${pulse}`);
}

function step(chairId: string): void {
  const session = open.get(chairId);
  if (!session) return checkIn(chairId);
  if (session.checks < CHECKS_PER_SESSION) return recordCheck(session);
  ask<SessionView>('session.cancel', { sessionId: session.sessionId, reason: 'Test session complete', by: BY });
  open.delete(chairId);
  acknowledge(`out ${session.sessionId}`);
}

const started = Date.now();
let turn = 0;
// A few requests per turn of the event loop, so the process also dies between turns, as a real one may.
function work(): void {
  for (let i = 0; i < 5; i++) step(chairs[turn++ % chairs.length]);
  if (Date.now() - started > MAX_RUN_MS) {
    core.close();
    return;
  }
  setImmediate(work);
}
work();
