// The station settings in the app, kept by electron-store in the user data folder. What is read
// back is checked by the same rules as in plain Node: a hand-edited or damaged file must not stop
// the station or give it a broken board, so anything unusable is replaced by the defaults (logged).
import { existsSync } from 'node:fs';
import Store from 'electron-store';
import type { SettingsStore, StationSettings } from './station/settings/settings-store';
import { parseSettings } from './station/settings/validate-settings';

export function electronSettingsStore(): SettingsStore {
  const store = new Store<{ station?: unknown }>({
    name: 'station-settings',
    // Unreadable JSON reads as empty instead of throwing at start-up; read() then falls back.
    clearInvalidConfig: true,
  });
  let reported = false;

  return {
    read(): StationSettings {
      const { settings, valid } = parseSettings(store.get('station'));
      if (!valid && !reported) {
        reported = true;
        // A damaged file reads as empty (see clearInvalidConfig), so ask the disk whether one exists.
        const why = existsSync(store.path) ? 'are missing or not valid' : 'are not set yet';
        console.warn(`Station settings at ${store.path} ${why}; using the defaults.`);
      }
      return settings;
    },
    write(settings: StationSettings): void {
      store.set('station', settings);
      reported = false;
    },
  };
}
