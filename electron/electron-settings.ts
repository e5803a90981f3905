// The station settings in the app, kept by electron-store in the user data folder. What is read
// back is checked: a hand-edited or damaged file must not stop the station or give it a broken
// board, so anything unusable is replaced by the defaults (and said so in the log).
import { existsSync } from 'node:fs';
import Store from 'electron-store';
import {
  DEFAULT_SETTINGS,
  type Chair,
  type SettingsStore,
  type StationSettings,
} from './station/settings/settings-store';

const MAX_CHAIRS = 12;

export function electronSettingsStore(): SettingsStore {
  const store = new Store<{ station?: unknown }>({
    name: 'station-settings',
    // Unreadable JSON reads as empty instead of throwing at start-up; read() then falls back.
    clearInvalidConfig: true,
  });
  let reported = false;

  return {
    read(): StationSettings {
      const chairs = validChairs(store.get('station'));
      if (chairs) return { chairs };
      if (!reported) {
        reported = true;
        // A damaged file reads as empty (see clearInvalidConfig), so ask the disk whether one exists.
        const why = existsSync(store.path) ? 'are missing or not valid' : 'are not set yet';
        console.warn(`Station settings at ${store.path} ${why}; using the default ${DEFAULT_SETTINGS.chairs.length} chairs.`);
      }
      return structuredClone(DEFAULT_SETTINGS);
    },
    write(settings: StationSettings): void {
      store.set('station', { chairs: settings.chairs.map(({ id, name }) => ({ id, name })) });
      reported = false;
    },
  };
}

function validChairs(stored: unknown): Chair[] | null {
  if (typeof stored !== 'object' || stored === null) return null;
  const chairs: unknown = (stored as { chairs?: unknown }).chairs;
  if (!Array.isArray(chairs) || chairs.length < 1 || chairs.length > MAX_CHAIRS) return null;
  const result: Chair[] = [];
  for (const chair of chairs) {
    const { id, name } = (chair ?? {}) as { id?: unknown; name?: unknown };
    if (!isText(id) || !isText(name)) return null;
    result.push({ id, name });
  }
  // Chair ids key the sessions; duplicates would put two patients on one tile.
  return new Set(result.map((c) => c.id)).size === result.length ? result : null;
}

function isText(value: unknown): value is string {
  return typeof value === 'string' && value.trim().length > 0 && value.length <= 80;
}
