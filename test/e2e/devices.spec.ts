// A chair with a BP monitor on a real serial line: a simulated SunTech on one end of a socat pty pair,
// the station on the other. The monitor is added through Settings; "Measure now" on the chair's tile
// shows the inflating cuff and then the reading, labelled with the monitor in the session record;
// a 185/112 from the monitor raises the HIGH alarm in the room's alarm bar like a typed reading.
// Also: adding, refusing, editing and removing monitors in Settings.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { startSocatPair, type SocatPair } from '../support/socat-pair';
import { expect, test } from './support/fixtures';
import { checkIn, openChair, openStation, switchUser } from './support/nurse';
import { ADMIN, NURSE } from './support/users';

const ROOT = resolve(__dirname, '..', '..');

/** What the simulated monitor measures, in order: a normal reading, then a hypertensive crisis. */
const SCRIPT = {
  readings: [
    { systolic: 132, diastolic: 84, map: 100, pulse: 71 },
    { systolic: 185, diastolic: 112, map: 136, pulse: 96 },
  ],
  measurementMs: 3000,
  peakCuffMmHg: 170,
};

let pair: SocatPair | null = null;
let simulator: ChildProcess | null = null;
let scriptDir: string | null = null;

/** Starts `device simulate` on `port` and waits until it says it is simulating. */
async function startSimulator(port: string, script: unknown): Promise<ChildProcess> {
  scriptDir = mkdtempSync(join(tmpdir(), 'simulator-script-'));
  const file = join(scriptDir, 'script.json');
  writeFileSync(file, JSON.stringify(script));
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/device/cli.ts', 'simulate', '--protocol', 'suntech', '--port', port, '--script', file], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  simulator = child;
  let output = '';
  await new Promise<void>((ready, fail) => {
    const timer = setTimeout(() => fail(new Error(`The simulator did not start:\n${output}`)), 20_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Simulating a SunTech')) {
        clearTimeout(timer);
        ready();
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`The simulator exited with ${code}:\n${output}`));
    });
  });
  return child;
}

async function stopSimulator(): Promise<void> {
  const child = simulator;
  simulator = null;
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const gone = new Promise<void>((done) => child.once('exit', () => done()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 3_000);
  await gone;
  clearTimeout(timer);
}

test.afterEach(async () => {
  await stopSimulator();
  await pair?.dispose();
  pair = null;
  if (scriptDir) rmSync(scriptDir, { recursive: true, force: true });
  scriptDir = null;
});

/** Settings → BP monitors → Add monitor, with the port path typed in: the admin's job, then the
 *  screen goes back to the nurse. */
async function addMonitor(page: Page, name: string, portPath: string, chair: string) {
  await switchUser(page, ADMIN);
  await page.getByRole('button', { name: 'Settings' }).click();
  const dialog = page.getByRole('dialog', { name: 'Settings' });
  const section = dialog.getByRole('region', { name: 'BP monitors' });
  await section.getByRole('button', { name: 'Add monitor' }).click();
  const form = section.getByRole('form', { name: 'Add monitor' });
  await form.getByLabel('Monitor name').fill(name);
  await form.getByLabel('Protocol').selectOption({ label: 'SunTech Advantage' });
  await expect(form.getByLabel('Baud rate')).toHaveValue('9600');
  await form.getByLabel('Port path').fill(portPath);
  await form.getByLabel('Chair', { exact: true }).selectOption({ label: chair });
  await form.getByRole('button', { name: 'Save monitor' }).click();
  await expect(form).toBeHidden();
  const row = section.getByRole('listitem').filter({ hasText: name });
  await expect(row).toContainText('SunTech Advantage');
  await expect(row).toContainText(portPath);
  await expect(row).toContainText(chair);
  await expect(row).toContainText(/Connected since \d\d:\d\d/);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
  await switchUser(page, NURSE);
}

test('Measure now on a chair with a simulated SunTech: cuff pressure, the reading, and a crisis BP alarm', async ({ page, station }) => {
  pair = await startSocatPair();
  await startSimulator(pair.a, SCRIPT);
  await openStation(page, station.url);

  await addMonitor(page, 'SunTech 1', pair.b, 'Chair 1');
  const tile = page.getByRole('region', { name: 'Chair 1', exact: true });
  // The state is visible on the chair even while it is free; Measure now needs a patient.
  await expect(tile.getByText('SunTech 1 · connected')).toBeVisible();
  await expect(tile.getByRole('button', { name: 'Measure now on Chair 1' })).toHaveCount(0);

  await checkIn(page, 'Chair 1', 'P-8101', 'M. N.', 'Ketamine IM');
  const measure = tile.getByRole('button', { name: 'Measure now on Chair 1' });
  await measure.click();

  // Inflating: the live cuff pressure in words; the button says why it cannot be pressed again.
  await expect(tile.getByText(/SunTech 1 · measuring… \d+ mmHg/)).toBeVisible({ timeout: 5000 });
  await expect(measure).toBeDisabled();
  await expect(tile.getByText('Measuring now')).toBeVisible();

  // The result, on the tile and in the latest values.
  await expect(tile.getByText(/BP 132\/84, pulse 71 at \d\d:\d\d/)).toBeVisible({ timeout: 10_000 });
  await expect(tile.getByText('SunTech 1 · connected')).toBeVisible();
  await expect(measure).toBeEnabled();
  await expect(tile.locator('.latest-item--bp')).toContainText('132/84');
  await expect(page.getByRole('region', { name: 'Active alarms' }).getByText(/BP 132\/84/)).toHaveCount(0);

  // In the session record it is a check like any other, labelled with the monitor.
  await openChair(page, 'Chair 1');
  const record = page.getByRole('region', { name: 'Record' });
  const entry = record.getByRole('listitem').filter({ hasText: 'BP 132/84' });
  await expect(entry).toContainText('from SunTech 1');
  // The session header shows the monitor too, with its own Measure now.
  await expect(page.getByRole('group', { name: 'BP monitor for Chair 1' })).toContainText('SunTech 1 · connected');
  await page.getByRole('button', { name: 'Back to board' }).click();

  // The monitor's next measurement is a crisis: the HIGH alarm appears as for a typed reading.
  await measure.click();
  await expect(tile.getByText(/SunTech 1 · measuring…/)).toBeVisible({ timeout: 5000 });
  const bar = page.getByRole('region', { name: 'Active alarms' });
  const row = bar.getByRole('listitem').filter({ hasText: /BP 185\/112/ });
  await expect(row).toBeVisible({ timeout: 10_000 });
  await expect(row).toContainText('HIGH');
  await expect(row).toContainText(/Chair 1 · M\. N\.: BP 185\/112 at or above/);
  await expect(tile).toHaveClass(/tile--alarm-high/);
  await expect(tile.getByText(/BP 185\/112, pulse 96 at \d\d:\d\d/)).toBeVisible();
});

test('monitors in Settings: protocol defaults, refusals at their field, edit, remove after a second ask', async ({ page, station }) => {
  await openStation(page, station.url, ADMIN);
  await page.getByRole('button', { name: 'Settings' }).click();
  const dialog = page.getByRole('dialog', { name: 'Settings' });
  const section = dialog.getByRole('region', { name: 'BP monitors' });
  await expect(section.getByText('No BP monitor yet')).toBeVisible();

  await section.getByRole('button', { name: 'Add monitor' }).click();
  const form = section.getByRole('form', { name: 'Add monitor' });
  const scheduled = form.getByLabel('Measure scheduled BP checks automatically');
  // Each protocol brings its usual baud rate; only monitors the station can start may measure by themselves.
  await form.getByLabel('Protocol').selectOption({ label: 'A&D TM-2655 / TM-2657' });
  await expect(form.getByLabel('Baud rate')).toHaveValue('2400');
  await expect(scheduled).toBeEnabled();
  await form.getByLabel('Protocol').selectOption({ label: 'Omron HBP-9020 / HBP-9030 (CSV)' });
  await expect(scheduled).toBeDisabled();
  // Nothing filled in: every missing field says so at once, and nothing is sent.
  await form.getByRole('button', { name: 'Save monitor' }).click();
  await expect(form.getByLabel('Monitor name')).toHaveAttribute('aria-invalid', 'true');
  await expect(form.getByLabel('Port path')).toHaveAttribute('aria-invalid', 'true');
  await expect(form.getByLabel('Chair', { exact: true })).toHaveAttribute('aria-invalid', 'true');

  await form.getByLabel('Monitor name').fill('Omron A');
  await form.getByLabel('Port path').fill('/dev/ttyUSB-not-here');
  await form.getByLabel('Chair', { exact: true }).selectOption({ label: 'Shared between chairs' });
  await form.getByRole('button', { name: 'Save monitor' }).click();
  await expect(form).toBeHidden();
  const row = section.getByRole('listitem').filter({ hasText: 'Omron A' });
  await expect(row).toContainText('Shared between chairs');
  await expect(row).toContainText(/(Disconnected|Connecting) since \d\d:\d\d/);
  // Every chair it serves shows its state in words.
  await expect(page.getByRole('region', { name: 'Chair 2', exact: true }).getByText(/Omron A · (disconnected since \d\d:\d\d|connecting…)/)).toBeAttached();

  // The core refuses a second monitor of the same name: the message is at the name.
  await section.getByRole('button', { name: 'Add monitor' }).click();
  await form.getByLabel('Monitor name').fill('omron a');
  await form.getByLabel('Protocol').selectOption({ label: 'SunTech Advantage' });
  await form.getByLabel('Port path').fill('/dev/ttyUSB-other');
  await form.getByLabel('Chair', { exact: true }).selectOption({ label: 'Chair 1' });
  await form.getByRole('button', { name: 'Save monitor' }).click();
  await expect(form.getByLabel('Monitor name')).toHaveAttribute('aria-invalid', 'true');
  await expect(form.getByText('A monitor named "omron a" already exists')).toBeVisible();
  await form.getByRole('button', { name: 'Cancel' }).click();
  await expect(form).toBeHidden();

  // Edit: it now serves Chair 3 only.
  await section.getByRole('button', { name: 'Edit Omron A' }).click();
  const edit = section.getByRole('form', { name: 'Edit Omron A' });
  await expect(edit.getByLabel('Port path')).toHaveValue('/dev/ttyUSB-not-here');
  await edit.getByLabel('Chair', { exact: true }).selectOption({ label: 'Chair 3' });
  await edit.getByRole('button', { name: 'Save monitor' }).click();
  await expect(edit).toBeHidden();
  await expect(row).toContainText('Chair 3');

  // Remove asks first; "Keep it" keeps it.
  await section.getByRole('button', { name: 'Remove Omron A' }).click();
  await section.getByRole('button', { name: 'Keep it' }).click();
  await expect(row).toBeVisible();
  await section.getByRole('button', { name: 'Remove Omron A' }).click();
  await section.getByRole('button', { name: 'Yes, remove Omron A' }).click();
  await expect(row).toHaveCount(0);
  await expect(section.getByText('No BP monitor yet')).toBeVisible();
});
