import type { DeviceConfig } from '../../../shared/domain/devices';
import { DEFAULT_PREFERENCES, type StationPreferences } from '../../../shared/domain/station-preferences';

export { DEFAULT_PREFERENCES, PREFERENCE_LIMITS, type StationPreferences } from '../../../shared/domain/station-preferences';

// The core sees settings through this small interface: a JSON file in the data folder (conf-settings.ts)
// in the desktop app and the headless server alike.

export interface Chair {
  id: string;
  name: string;
}

export interface StationSettings {
  chairs: Chair[];
  /** How long "pause alarm sound" lasts. Bounded so that a pause can never become a silence. */
  alarmPauseMinutes: number;
  /** BP monitors on serial lines. */
  devices: DeviceConfig[];
  /** Spravato REMS facts and the forms-due list; a clinic outside the programme switches it off. */
  remsModule: boolean;
  preferences: StationPreferences;
}


export const ALARM_PAUSE_LIMITS = { min: 1, max: 5, default: 2 } as const;

export interface SettingsStore {
  read(): StationSettings;
  write(settings: StationSettings): void;
  /** What went wrong reading the settings since the station started, in words for the screen. */
  problems?(): string[];
}

export function defaultChairs(count: number): Chair[] {
  return Array.from({ length: count }, (_, i) => ({ id: `chair-${i + 1}`, name: `Chair ${i + 1}` }));
}

export const DEFAULT_SETTINGS: StationSettings = { chairs: defaultChairs(4), alarmPauseMinutes: ALARM_PAUSE_LIMITS.default, devices: [], remsModule: true, preferences: DEFAULT_PREFERENCES };
