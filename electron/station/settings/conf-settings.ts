// Settings in plain Node (the headless server, tests): a JSON file in the data folder through `conf`.
// A file that is not JSON at all (truncated by a power cut, say) is kept aside under a new name and
// the station starts on defaults, saying so, instead of failing to start.
import { existsSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import Conf from 'conf';
import { DEFAULT_SETTINGS, type SettingsStore, type StationSettings } from './settings-store';
import { parseSettings } from './validate-settings';

const FILE = 'settings.json';

export function confSettings(dataDir: string, log: (message: string) => void = (m) => console.warn(m)): SettingsStore {
  const open = () =>
    new Conf<StationSettings>({ cwd: dataDir, configName: 'settings', projectName: 'observation-station', defaults: DEFAULT_SETTINGS });
  let conf: Conf<StationSettings>;
  try {
    conf = open();
  } catch (e) {
    const broken = join(dataDir, `${FILE}.unreadable-${Date.now()}`);
    if (existsSync(join(dataDir, FILE))) renameSync(join(dataDir, FILE), broken);
    log(`The settings file could not be read (${(e as Error).message}); it was kept as ${broken} and the defaults are used.`);
    conf = open();
  }
  let reported = false;
  return {
    read: () => {
      const parsed = parseSettings(conf.store);
      if (!parsed.valid && !reported) {
        reported = true;
        log(`Settings in ${conf.path}: ${parsed.problems.join('; ')}.`);
      }
      return parsed.settings;
    },
    write: (settings) => {
      conf.store = settings;
      reported = false;
    },
  };
}
