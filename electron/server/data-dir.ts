// Where the headless server keeps its records when no --data-dir is given: the same per-user
// application-data folder a desktop app uses on each system.
import { homedir } from 'node:os';
import { join } from 'node:path';

const APP_FOLDER = 'Observation Station';

export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), APP_FOLDER);
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', APP_FOLDER);
  return join(env.XDG_DATA_HOME ?? join(homedir(), '.local', 'share'), 'observation-station');
}
