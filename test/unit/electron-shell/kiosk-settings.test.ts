// kiosk.json in the data folder: read strictly; anything doubtful leaves kiosk mode off and says why.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KIOSK_SETTINGS_FILE, parseKioskSettings, readKioskSettings } from '../../../electron/kiosk/kiosk-settings';

describe('parseKioskSettings', () => {
  it('reads both settings, each optional and false when left out', () => {
    expect(parseKioskSettings('{ "kiosk": true, "startAtLogin": true }')).toEqual({ settings: { kiosk: true, startAtLogin: true }, source: 'file' });
    expect(parseKioskSettings('{ "kiosk": true }')).toEqual({ settings: { kiosk: true, startAtLogin: false }, source: 'file' });
    expect(parseKioskSettings('{}')).toEqual({ settings: { kiosk: false, startAtLogin: false }, source: 'file' });
  });

  it.each([
    ['not JSON', '{ kiosk: true }', /not valid JSON/],
    ['cut short', '{ "kiosk": tr', /not valid JSON/],
    ['a list', '[true]', /must be an object/],
    ['null', 'null', /must be an object/],
    ['a misspelt key', '{ "kisok": true }', /"kisok" is not a kiosk setting/],
    ['a string for a switch', '{ "kiosk": "yes" }', /"kiosk" must be true or false/],
    ['a number for a switch', '{ "kiosk": 1 }', /"kiosk" must be true or false/],
  ])('refuses %s, with kiosk mode off', (_what, text, problem) => {
    const read = parseKioskSettings(text);
    expect(read.source).toBe('damaged');
    expect(read.settings).toEqual({ kiosk: false, startAtLogin: false });
    expect(read.problem).toMatch(problem);
  });

  it('does not half-apply a file: one good switch beside a bad one counts for nothing', () => {
    expect(parseKioskSettings('{ "kiosk": true, "startAtLogin": "yes" }').settings).toEqual({ kiosk: false, startAtLogin: false });
  });
});

describe('readKioskSettings', () => {
  let dir: string;
  let lines: string[];
  const log = (line: string) => lines.push(line);
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'kiosk-settings-'));
    lines = [];
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('without a file, kiosk mode is off and nothing is logged', () => {
    expect(readKioskSettings(dir, log)).toEqual({ settings: { kiosk: false, startAtLogin: false }, source: 'none' });
    expect(lines).toEqual([]);
  });

  it('reads the admin file, also as saved by Notepad (with a byte-order mark)', () => {
    writeFileSync(join(dir, KIOSK_SETTINGS_FILE), '\uFEFF{ "kiosk": true, "startAtLogin": true }\r\n');
    expect(readKioskSettings(dir, log)).toEqual({ settings: { kiosk: true, startAtLogin: true }, source: 'file' });
    expect(lines).toEqual([]);
  });

  it('a damaged file: kiosk off, and one log line naming the file and the problem', () => {
    writeFileSync(join(dir, KIOSK_SETTINGS_FILE), '{ "kiosk": true,');
    const read = readKioskSettings(dir, log);
    expect(read.settings.kiosk).toBe(false);
    expect(read.source).toBe('damaged');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(join(dir, KIOSK_SETTINGS_FILE));
    expect(lines[0]).toMatch(/kiosk mode is off: it is not valid JSON/);
  });

  it('a file that cannot be read (a folder in its place): kiosk off and a log line', () => {
    mkdirSync(join(dir, KIOSK_SETTINGS_FILE));
    const read = readKioskSettings(dir, log);
    expect(read).toMatchObject({ settings: { kiosk: false }, source: 'damaged' });
    expect(lines[0]).toMatch(/cannot be read/);
  });
});
