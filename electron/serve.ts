// npm run serve [-- --data-dir DIR] [--port N] [--backup-dir DIR] [--test-clock]
// Runs the station without Electron: open the printed address in a browser on this machine.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { AdjustableClock } from './station/clock';
import { SteadyClock } from './station/steady-clock';
import type { StationCore } from './station/station-core';
import { openStation } from './station/open-station';
import { confSettings } from './station/settings/conf-settings';
import { defaultDataDir } from './server/data-dir';
import { startStationServer } from './server/station-server';

const USAGE = 'Usage: npm run serve -- [--data-dir DIR] [--port N] [--backup-dir DIR] [--test-clock]';

async function main(): Promise<void> {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        'data-dir': { type: 'string' },
        port: { type: 'string', default: '4780' },
        'test-clock': { type: 'boolean', default: false },
        'backup-dir': { type: 'string' },
        help: { type: 'boolean', default: false },
      },
    }));
  } catch (e) {
    console.error(`${(e as Error).message}\n${USAGE}`);
    process.exit(2);
  }
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`--port must be a port number (0 picks a free one). ${USAGE}`);
    process.exit(2);
  }
  const staticRoot = resolve(__dirname, '..', 'dist');
  if (!existsSync(resolve(staticRoot, 'index.html'))) {
    console.error('The screen is not built yet: run `npm run build` first (npm run serve does it for you).');
    process.exit(1);
  }
  const dataDir = resolve(values['data-dir'] ?? defaultDataDir());
  // The station's clock keeps to real elapsed time when the PC's clock is corrected or changed.
  let core: StationCore | null = null;
  const steady = new SteadyClock({ onJump: (jump) => core?.recordClockJump(jump) });
  const testClock = values['test-clock'] ? new AdjustableClock(steady) : null;
  const backupDir = values['backup-dir'] ? resolve(values['backup-dir']) : join(dataDir, 'backups');
  core = openStation({ dataDir, clock: testClock ?? steady, settings: confSettings(dataDir), testClock, backups: { folder: backupDir } });
  const server = await startStationServer(core, staticRoot, port);
  console.log(`Records: ${dataDir}`);
  console.log(`Daily backups: ${backupDir}`);
  if (testClock) console.log('TEST CLOCK: the clock can be moved forward. Never use this mode with patients.');
  console.log(`Observation Station is running at ${server.url}`);

  const stop = async () => {
    await server.close();
    core?.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((e) => {
  console.error('Observation Station could not start:', e instanceof Error ? e.message : e);
  process.exit(1);
});
