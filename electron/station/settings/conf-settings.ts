// Settings in a JSON file in the data folder, through `conf` (electron-store's own base), for the
// desktop app and the headless server alike. Power cuts and hand edits happen:
// - a file that is not JSON at all (cut short) is kept aside under a new name, and the last good
//   settings (a copy made at every good read and write) are put back, or the defaults when there are
//   none; never a silent reset: what happened is kept in problems() for the screen and the log;
// - a file that is JSON but partly wrong keeps its good parts (validate-settings.ts).
import { copyFileSync, existsSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Conf from 'conf';
import { DEFAULT_SETTINGS, type SettingsStore, type StationSettings } from './settings-store';
import { parseSettings } from './validate-settings';

const FILE = 'settings.json';
const LAST_GOOD = 'settings.last-good.json';

export function confSettings(dataDir: string, log: (message: string) => void = (m) => console.warn(m)): SettingsStore {
  const problems: string[] = [];
  const said = (message: string) => {
    problems.push(message);
    log(message);
  };
  const open = () =>
    new Conf<StationSettings>({ cwd: dataDir, configName: 'settings', projectName: 'observation-station', defaults: DEFAULT_SETTINGS });
  let conf: Conf<StationSettings>;
  try {
    conf = open();
  } catch (e) {
    const broken = join(dataDir, `${FILE}.unreadable-${Date.now()}`);
    if (existsSync(join(dataDir, FILE))) renameSync(join(dataDir, FILE), broken);
    const lastGood = join(dataDir, LAST_GOOD);
    if (existsSync(lastGood)) copyFileSync(lastGood, join(dataDir, FILE));
    const restored = existsSync(lastGood) ? 'the last good settings were put back' : 'the default settings are used';
    said(`The settings file could not be read (${(e as Error).message}): ${restored}. The damaged file was kept as ${broken}.`);
    try {
      conf = open();
    } catch {
      // The last good copy is damaged too: start from the defaults, and say so.
      renameSync(join(dataDir, FILE), `${broken}.last-good`);
      said('The last good settings could not be read either: the default settings are used.');
      conf = open();
    }
  }
  const keepLastGood = () => {
    try {
      writeFileSync(join(dataDir, LAST_GOOD), JSON.stringify(conf.store, null, 2));
    } catch (e) {
      log(`The last good settings could not be kept (${(e as Error).message}).`);
    }
  };
  let reported = false;
  return {
    read: () => {
      const parsed = parseSettings(conf.store);
      if (!parsed.valid && !reported) {
        reported = true;
        said(`Some settings in ${conf.path} were not valid and their defaults are used: ${parsed.problems.join('; ')}.`);
      }
      return parsed.settings;
    },
    write: (settings) => {
      conf.store = settings;
      reported = false;
      keepLastGood();
    },
    problems: () => [...problems],
  };
}
