// Every end-to-end test gets its own running station on a fresh data folder, removed afterwards.
// The station is set up with an admin, a clinician and a nurse (station.users) before the page sees
// it, unless a test asks for a fresh one with `test.use({ setUpUsers: false })`.
import { test as base } from '@playwright/test';
import { StationProcess } from './station-process';

export const test = base.extend<{ setUpUsers: boolean; station: StationProcess }>({
  setUpUsers: [true, { option: true }],
  station: async ({ setUpUsers }, use) => {
    const station = new StationProcess();
    await station.start();
    if (setUpUsers) await station.setUpUsers();
    await use(station);
    await station.dispose();
  },
});

export { expect } from '@playwright/test';
