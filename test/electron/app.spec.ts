// End to end through the real Electron app: the built main process, preload and screen, with the
// station core and SQLite behind IPC. A nurse checks a patient in from the chair board, and the
// record is read back through the window's own bridge. Each run uses a fresh data folder.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { _electron as electron, expect, test, type Page } from '@playwright/test';

const repoRoot = resolve(__dirname, '../..');

const SKIP_REASON =
  'Electron end-to-end test skipped: the Electron binary is not installed on this machine (node_modules/electron/dist missing)';

/** The Electron executable, or null when only the npm package (without its binary) is installed. */
function electronExecutable(): string | null {
  try {
    // The package's main module throws when path.txt is missing, i.e. the binary was never fetched.
    const path: unknown = createRequire(join(repoRoot, 'package.json'))('electron');
    return typeof path === 'string' && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

function assertAppBuilt(): void {
  const needed = ['dist/index.html', 'dist-electron/main.js', 'dist-electron/preload.js'];
  const missing = needed.filter((file) => !existsSync(join(repoRoot, file)));
  if (missing.length > 0) {
    throw new Error(`The app is not built (${missing.join(', ')} missing): run "npm run build" first (npm test does).`);
  }
}

function electronBuildOfSqliteReady(): boolean {
  const { version } = JSON.parse(readFileSync(join(repoRoot, 'node_modules/electron/package.json'), 'utf8')) as { version: string };
  return existsSync(join(repoRoot, '.native', `electron-${version}`, 'better_sqlite3.node'));
}

/** The bridge the preload exposes, typed just enough for this test. */
async function boardThroughBridge(page: Page): Promise<unknown> {
  return page.evaluate(() => {
    const station = (window as unknown as { station: Record<string, (input: object) => Promise<unknown>> }).station;
    return station['board.get']({});
  });
}

test('Electron app: a nurse checks a patient into Chair 1 from the chair board', async () => {
  const executable = electronExecutable();
  if (!executable) console.log(SKIP_REASON);
  test.skip(!executable, SKIP_REASON);

  assertAppBuilt();
  // Electron loads its own build of better-sqlite3; the first run may have to fetch or compile it.
  const nativeReady = electronBuildOfSqliteReady();
  test.setTimeout(nativeReady ? 120_000 : 15 * 60_000);
  if (!nativeReady) execFileSync(process.execPath, ['scripts/electron-native.mjs'], { cwd: repoRoot, stdio: 'inherit' });

  const dataDir = mkdtempSync(join(tmpdir(), 'observation-station-e2e-'));
  const env: Record<string, string> = { OBSERVATION_STATION_DATA_DIR: dataDir };
  for (const [key, value] of Object.entries(process.env)) {
    // The built files are under test, never a development server; and Electron must run as Electron.
    if (value !== undefined && key !== 'VITE_DEV_SERVER_URL' && key !== 'ELECTRON_RUN_AS_NODE' && !(key in env)) env[key] = value;
  }

  const app = await electron.launch({ args: ['.'], cwd: repoRoot, env });
  let mainLog = '';
  app.process().stdout?.on('data', (chunk: Buffer) => (mainLog += chunk.toString()));
  app.process().stderr?.on('data', (chunk: Buffer) => (mainLog += chunk.toString()));

  try {
    const page = await app.firstWindow();
    const clinicId = `E2E-${Date.now()}`;

    await test.step('check a patient in through the screen', async () => {
      const chair = page.getByRole('region', { name: 'Chair 1' });
      await expect(chair).toBeVisible();

      await page.getByLabel('Your name').fill('Nurse Test');

      await chair.getByRole('button', { name: 'Check in', exact: true }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('Patient ID').fill(clinicId);
      await dialog.getByLabel('Name or initials').fill('T.E.');

      // Protocols arrive from the core; take the first real one once the list is there.
      const protocol = dialog.getByLabel('Protocol');
      const firstProtocol = protocol.locator('option:not([value=""])').first();
      await expect(firstProtocol).toBeAttached();
      await protocol.selectOption((await firstProtocol.getAttribute('value')) ?? '');

      await dialog.getByRole('button', { name: 'Check in patient' }).click();
      await expect(page.getByRole('button', { name: 'Check in patient' })).toBeHidden();
      await expect(page.getByText(clinicId).first()).toBeVisible();
    });

    await test.step('the core holds the session and wrote it to the chosen data folder', async () => {
      await expect
        .poll(async () => {
          const response = (await boardThroughBridge(page)) as {
            ok: boolean;
            result?: { chairs: Array<{ chairName: string; session: { patient: { clinicId: string } } | null }> };
          };
          return response.ok ? response.result?.chairs.find((c) => c.chairName === 'Chair 1')?.session?.patient.clinicId : null;
        })
        .toBe(clinicId);
      expect(existsSync(join(dataDir, 'station.sqlite'))).toBe(true);
    });

    await test.step('the page has no Node access and cannot open windows', async () => {
      const exposure = await page.evaluate(() => ({
        require: typeof (globalThis as { require?: unknown }).require,
        process: typeof (globalThis as { process?: unknown }).process,
        openedWindow: window.open('https://example.org/') !== null,
      }));
      expect(exposure).toEqual({ require: 'undefined', process: 'undefined', openedWindow: false });
    });
  } finally {
    await app.close();
    await test.info().attach('electron-main-process.log', { body: mainLog, contentType: 'text/plain' });
    rmSync(dataDir, { recursive: true, force: true });
  }
});
