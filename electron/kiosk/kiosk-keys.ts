// The key combinations a kiosk window swallows: every way a keyboard asks to close, quit, hide or
// minimise the window, and to open the developer tools. The window's close guard (kiosk-lock.ts) is
// what really keeps it open; this also stops the shortcuts from reaching a menu or the page, should
// one ever be added. Keys the operating system takes first (Ctrl+Alt+Del, the Windows key, Alt+Tab)
// never reach the app: locking those is the PC's kiosk set-up (see the README).

/** The fields of Electron's before-input-event Input this needs. */
export interface KeyInput {
  type: string;
  key: string;
  code: string;
  control: boolean;
  meta: boolean;
  alt: boolean;
  shift: boolean;
}

/** Ctrl on Windows and Linux, Cmd on macOS: either counts, whichever PC the station runs on. */
const command = (input: KeyInput) => input.control || input.meta;

/** AltGr arrives as Ctrl+Alt: it types characters (AltGr+Q is @ on a German keyboard), never a shortcut. */
const altGr = (input: KeyInput) => input.control && input.alt && !input.meta;

/**
 * A letter by the character it types, as shortcuts go on Latin layouts (on AZERTY, Ctrl+A is "select
 * all" even though the key sits where QWERTY has Q). On a layout without Latin letters (Cyrillic,
 * Greek) the key's position counts instead, as Chromium's shortcuts do there.
 */
const letter = (input: KeyInput, l: string) =>
  /^[a-z]$/i.test(input.key) ? input.key.toLowerCase() === l : input.code === `Key${l.toUpperCase()}`;

export function isBlockedKioskKey(input: KeyInput): boolean {
  const key = input.key;
  // Alt+F4 closes the window; Ctrl+F4 closes a tab or document window.
  if (key === 'F4' && (input.alt || command(input))) return true;
  if (key === 'F12' || key === 'F11') return true; // developer tools; leaving fullscreen
  if (altGr(input) || !command(input)) return false;
  // Close window / quit / hide / minimise: Ctrl or Cmd with W, Q, H or M (Shift or not).
  if (['w', 'q', 'h', 'm'].some((l) => letter(input, l))) return true;
  // Developer tools: Ctrl+Shift+I/J/C, Cmd+Alt+I/J/C.
  const devToolsChord = (input.control && input.shift) || (input.meta && input.alt);
  if (devToolsChord && ['i', 'j', 'c'].some((l) => letter(input, l))) return true;
  // macOS: Ctrl+Cmd+F leaves fullscreen.
  return input.meta && input.control && letter(input, 'f');
}
