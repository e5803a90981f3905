// A station core in this process, on a data folder, with the benchmark's clock and no heartbeat:
// the benchmark calls core.tick() itself for every simulated minute, as the heartbeat would.
import { openStation } from '../../electron/station/open-station';
import { confSettings } from '../../electron/station/settings/conf-settings';
import type { StationCore } from '../../electron/station/station-core';
import { ensureUser, setUpUsers } from '../../test/support/users';
import type { BenchClock } from './bench-clock';
import { BENCH_NURSE, type BenchPeople } from './bench-people';

export function openInProcessStation(dataDir: string, clock: BenchClock): StationCore {
  return openStation({
    dataDir,
    clock,
    settings: confSettings(dataDir, (message) => console.error(message)),
    heartbeatMs: 0,
    // A failing tick is caught and logged by the core: show it, or the figures would hide a broken
    // run. Messages without an error (a user added) are the station's ordinary log: left out.
    log: (message, error) => {
      if (error !== undefined) console.error(message, error);
    },
  });
}

/** The test stations' people, and Bench Nurse, on a new station. */
export function setUpInProcessPeople(core: StationCore): BenchPeople {
  const { clinician, clinicianSignOff } = setUpUsers(core);
  ensureUser(core, BENCH_NURSE);
  return { clinicianSignOff, clinician: { userId: clinician.userId, name: clinician.name } };
}
