// The kiosk options of this station: a small JSON file in the data folder, set by the clinic's admin
// when the PC is prepared, and read once at start-up. Kept apart from the clinical settings because
// it is about the PC, not the clinic's protocols, and the shell needs it before the core is open.
//
//   kiosk.json   { "kiosk": true, "startAtLogin": true }
//
// A file that cannot be read as exactly these two true/false values is not half-applied: kiosk
// mode stays off, the login item is left as it is, and a line in the log says what is wrong, so a
// typo can never lock a screen into a mode nobody chose.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const KIOSK_SETTINGS_FILE = 'kiosk.json';

export interface KioskSettings {
  /** Fullscreen, no menu, cannot be closed except by "Exit kiosk" with an admin's PIN. */
  kiosk: boolean;
  /** Start the station when someone logs in to the PC (Windows and macOS). */
  startAtLogin: boolean;
}

export const KIOSK_OFF: KioskSettings = { kiosk: false, startAtLogin: false };

/** Where the settings came from: the admin's file, no file (defaults), or a file that was refused. */
export type KioskSettingsSource = 'file' | 'none' | 'damaged';

export interface KioskSettingsRead {
  settings: KioskSettings;
  source: KioskSettingsSource;
  /** Why a damaged file was refused, for the log. */
  problem?: string;
}

const KEYS: ReadonlyArray<keyof KioskSettings> = ['kiosk', 'startAtLogin'];

/** The settings in a file's text, or why they cannot be used. Both keys are optional (false). */
export function parseKioskSettings(text: string): KioskSettingsRead {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return damaged(`it is not valid JSON (${(error as Error).message})`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return damaged('it must be an object such as { "kiosk": true }');
  const settings: KioskSettings = { ...KIOSK_OFF };
  for (const [key, setting] of Object.entries(value)) {
    if (!(KEYS as readonly string[]).includes(key)) return damaged(`"${key}" is not a kiosk setting (known: ${KEYS.join(', ')})`);
    if (typeof setting !== 'boolean') return damaged(`"${key}" must be true or false, not ${JSON.stringify(setting)}`);
    settings[key as keyof KioskSettings] = setting;
  }
  return { settings, source: 'file' };
}

/** Reads kiosk.json from the data folder. Never throws: a missing file means kiosk off. */
export function readKioskSettings(dataDir: string, log: (line: string) => void): KioskSettingsRead {
  const file = join(dataDir, KIOSK_SETTINGS_FILE);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { settings: { ...KIOSK_OFF }, source: 'none' };
    const read = damaged(`it cannot be read (${(error as Error).message})`);
    log(`Kiosk settings ${file} ignored, kiosk mode is off: ${read.problem}`);
    return read;
  }
  const read = parseKioskSettings(text.replace(/^\uFEFF/, ''));
  if (read.source === 'damaged') log(`Kiosk settings ${file} ignored, kiosk mode is off: ${read.problem}`);
  return read;
}

function damaged(problem: string): KioskSettingsRead {
  return { settings: { ...KIOSK_OFF }, source: 'damaged', problem };
}
