import { afterEach, beforeEach } from 'vitest';
// A real station core on a real SQLite file in a temporary folder, with a clock the test moves.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RequestInput, RequestName, RequestResult } from '../../shared/api/contract';
import { AdjustableClock, type Clock } from '../../electron/station/clock';
import { openStation } from '../../electron/station/open-station';
import { confSettings } from '../../electron/station/settings/conf-settings';
import type { StationCore } from '../../electron/station/station-core';
import { handleSignedIn } from './users';

export class FakeClock implements Clock {
  constructor(public t = Date.parse('2026-03-02T09:30:00.000Z')) {}
  now(): number {
    return this.t;
  }
  advanceMinutes(m: number): void {
    this.t += m * 60_000;
  }
}

export function tempDataDir(): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'station-test-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export function openTestStation(dir: string, clock: Clock, testClock: AdjustableClock | null = null): StationCore {
  return openStation({ dataDir: dir, clock, settings: confSettings(dir), testClock, heartbeatMs: 0, log: () => {}, pinCostLn: 10, backups: null });
}

/** Calls the core as the named `by` (signed in) and returns the result, failing the test with the core's message on refusal. */
export function call<K extends RequestName>(core: StationCore, method: K, input: RequestInput<K>): RequestResult<K> {
  const r = handleSignedIn(core, method, input);
  if (r instanceof Promise) throw new Error(`${method} answers asynchronously: await core.handle instead`);
  if (!r.ok) throw new Error(`${method} refused: ${r.error.message}`);
  return r.result as RequestResult<K>;
}

export function refusal(core: StationCore, method: string, input: unknown) {
  const r = handleSignedIn(core, method, input);
  if (r instanceof Promise) throw new Error(`${method} answers asynchronously: await core.handle instead`);
  if (r.ok) throw new Error(`${method} was accepted but should have been refused`);
  return r.error;
}

export const NURSE = 'Nurse Ana';
/** The station's admin, for requests only an admin may send (settings, protocols, BP monitors). */
export const ADMIN = 'Ada Admin';

/** Checks a patient in on Spravato 56 mg and records a normal baseline and the transport confirmation. */
export function readySpravatoPatient(core: StationCore, chairId = 'chair-1', clinicId = 'P-1001') {
  const s = call(core, 'session.checkIn', {
    chairId,
    patient: { clinicId, name: 'M. R.', birthDate: '1980-05-17' },
    protocolId: 'spravato-56',
    by: NURSE,
  });
  call(core, 'session.confirmPreDose', { sessionId: s.sessionId, transportHome: true, fasting: true, nasalPreparation: true, by: NURSE });
  call(core, 'session.recordObservation', {
    sessionId: s.sessionId,
    bp: { systolic: 128, diastolic: 84, pulse: 72 },
    spo2: 98,
    moaas: 5,
    dissociation: { global: 'none' },
    by: NURSE,
  });
  return s.sessionId;
}

export interface TestStation {
  core: StationCore;
  clock: FakeClock;
  dir: string;
  /** Closes the core and opens a new one on the same records: a restart of the station. */
  restart(): void;
}

/** A fresh station on its own temporary records for every test in the file, closed and removed after. */
export function stationPerTest(): TestStation {
  let data: ReturnType<typeof tempDataDir> | null = null;
  const t = {} as TestStation;
  beforeEach(() => {
    data = tempDataDir();
    t.dir = data.dir;
    t.clock = new FakeClock();
    t.core = openTestStation(t.dir, t.clock);
    t.restart = () => {
      t.core.close();
      t.core = openTestStation(t.dir, t.clock);
    };
  });
  afterEach(() => {
    t.core.close();
    data?.remove();
  });
  return t;
}
