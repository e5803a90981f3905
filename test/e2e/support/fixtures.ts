// Every end-to-end test gets its own running station on a fresh data folder, removed afterwards.
import { test as base } from '@playwright/test';
import { StationProcess } from './station-process';

export const test = base.extend<{ station: StationProcess }>({
  station: async ({}, use) => {
    const station = new StationProcess();
    await station.start();
    await use(station);
    await station.dispose();
  },
});

export { expect } from '@playwright/test';
