// Settings in plain Node (the headless server, tests): a JSON file in the data folder through `conf`.
import Conf from 'conf';
import { DEFAULT_SETTINGS, type SettingsStore, type StationSettings } from './settings-store';
import { parseSettings } from './validate-settings';

export function confSettings(dataDir: string): SettingsStore {
  const conf = new Conf<StationSettings>({
    cwd: dataDir,
    configName: 'settings',
    projectName: 'observation-station',
    defaults: DEFAULT_SETTINGS,
  });
  return {
    read: () => parseSettings(conf.store).settings,
    write: (settings) => {
      conf.store = settings;
    },
  };
}
