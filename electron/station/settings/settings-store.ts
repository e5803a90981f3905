// The core sees settings through this small interface: electron-store backs it in the app,
// conf (electron-store's own base) in plain Node.

export interface Chair {
  id: string;
  name: string;
}

export interface StationSettings {
  chairs: Chair[];
}

export interface SettingsStore {
  read(): StationSettings;
  write(settings: StationSettings): void;
}

export function defaultChairs(count: number): Chair[] {
  return Array.from({ length: count }, (_, i) => ({ id: `chair-${i + 1}`, name: `Chair ${i + 1}` }));
}

export const DEFAULT_SETTINGS: StationSettings = { chairs: defaultChairs(4) };
