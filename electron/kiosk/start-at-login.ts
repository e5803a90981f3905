// "Start at login": the operating system starts the station when someone logs in to the PC. Applied
// at every start from kiosk.json, so the PC follows the file; left alone when there is no file or it
// was refused, so a damaged file does not silently remove a login item an admin set up.
import type { KioskSettingsRead } from './kiosk-settings';

export interface LoginItemFacts {
  platform: NodeJS.Platform;
  /** Only an installed app registers itself: a development copy would register the bare Electron binary. */
  packaged: boolean;
}

/** `mention`: the admin asked for start at login and it cannot be done here, which the log says. */
export type LoginItemPlan = { apply: true; openAtLogin: boolean } | { apply: false; reason: string; mention: boolean };

export function loginItemPlan(read: KioskSettingsRead, facts: LoginItemFacts): LoginItemPlan {
  if (read.source !== 'file') return { apply: false, reason: 'no usable kiosk.json', mention: false };
  const mention = read.settings.startAtLogin;
  // Electron registers login items on Windows and macOS only; Linux desktops use an autostart entry.
  if (facts.platform !== 'win32' && facts.platform !== 'darwin') {
    return { apply: false, reason: 'on Linux, start at login is an autostart entry of the desktop (see the README)', mention };
  }
  if (!facts.packaged) return { apply: false, reason: 'only an installed station registers itself', mention };
  return { apply: true, openAtLogin: read.settings.startAtLogin };
}

/** The one Electron call, passed in so the decision above stays testable. */
export interface LoginItems {
  setLoginItemSettings(settings: { openAtLogin: boolean }): void;
}

export function applyStartAtLogin(items: LoginItems, plan: LoginItemPlan, log: (line: string) => void): void {
  if (!plan.apply) {
    if (plan.mention) log(`Start at login not set: ${plan.reason}.`);
    return;
  }
  items.setLoginItemSettings({ openAtLogin: plan.openAtLogin });
  log(`Start at login is ${plan.openAtLogin ? 'on' : 'off'}.`);
}
