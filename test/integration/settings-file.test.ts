import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { confSettings } from '../../electron/station/settings/conf-settings';
import { tempDataDir } from '../support/station';

let data: ReturnType<typeof tempDataDir>;
beforeEach(() => {
  data = tempDataDir();
});
afterEach(() => data.remove());

it('starts on defaults when the settings file is cut short, keeping the broken file aside and saying so', () => {
  writeFileSync(join(data.dir, 'settings.json'), '{"chairs": [{"id": "chair-1", "na');
  const said: string[] = [];
  const settings = confSettings(data.dir, (m) => said.push(m));
  expect(settings.read().chairs).toHaveLength(4);
  expect(readdirSync(data.dir).some((f) => f.startsWith('settings.json.unreadable-'))).toBe(true);
  expect(said[0]).toMatch(/could not be read/);
});

it('keeps what it saved', () => {
  const settings = confSettings(data.dir, () => {});
  settings.write({ ...settings.read(), alarmPauseMinutes: 4 });
  expect(confSettings(data.dir, () => {}).read().alarmPauseMinutes).toBe(4);
});
