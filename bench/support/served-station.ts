// The headless station server (`npm run serve -- --test-clock`) in a child process, with a WebSocket
// client for the benchmark's own requests. The built screen must exist (npm run bench builds it).
import { rememberPin, StationClient } from '../../test/e2e/support/station-api';
import { StationProcess } from '../../test/e2e/support/station-process';
import { BENCH_NURSE, BENCH_NURSE_PIN, type BenchPeople } from './bench-people';
import { clientRequests, type StationRequests } from './station-requests';

export interface ServedStation {
  url: string;
  station: StationRequests;
  people: BenchPeople;
  /** Stops the server and removes its data folder. */
  dispose(): Promise<void>;
}

rememberPin(BENCH_NURSE, BENCH_NURSE_PIN);

/** The test stations' people, and Bench Nurse added by the admin as a clinic would add a nurse. */
async function setUpPeople(process: StationProcess, station: StationRequests): Promise<BenchPeople> {
  const { admin, clinician } = await process.setUpUsers();
  await station.request('users.add', { name: BENCH_NURSE, role: 'nurse', pin: BENCH_NURSE_PIN, admin: { userId: admin.userId, pin: admin.pin } });
  return { clinicianSignOff: { userId: clinician.userId, pin: clinician.pin }, clinician: { userId: clinician.userId, name: clinician.name } };
}

/** Starts a station on a fresh temporary folder, removed on dispose. */
export async function startServedStation(): Promise<ServedStation> {
  const process = new StationProcess();
  const url = await process.start();
  const client = await StationClient.connect(url);
  const station = clientRequests(client);
  const people = await setUpPeople(process, station);
  return {
    url,
    station,
    people,
    dispose: async () => {
      client.close();
      await process.dispose();
    },
  };
}
