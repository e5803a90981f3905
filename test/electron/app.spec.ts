// End to end through the real Electron app: the built main process, preload and screen, with the
// station core and SQLite behind IPC. Each run uses a fresh data folder, so the station starts on its
// setup screen: the first admin is made there, a nurse checks a patient in from the chair board, and
// the record is read back through the window's own bridge. A second test starts the station in kiosk
// mode from kiosk.json and leaves it with the admin's PIN.
// Runs only where the Electron binary is installed; elsewhere each test says it was skipped and why.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';

const repoRoot = resolve(__dirname, '../..');

const SKIP_REASON =
  'Electron end-to-end test skipped: the Electron binary is not installed on this machine (node_modules/electron/dist missing)';

const ADMIN = { name: 'Ada Admin', pin: '9999' };

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

/** Skips without a binary; otherwise makes sure the app and Electron's better-sqlite3 are built. */
function prepare(): void {
  const executable = electronExecutable();
  if (!executable) console.log(SKIP_REASON);
  test.skip(!executable, SKIP_REASON);

  assertAppBuilt();
  // Electron loads its own build of better-sqlite3; the first run may have to fetch or compile it.
  const nativeReady = electronBuildOfSqliteReady();
  test.setTimeout(nativeReady ? 120_000 : 15 * 60_000);
  if (!nativeReady) execFileSync(process.execPath, ['scripts/electron-native.mjs'], { cwd: repoRoot, stdio: 'inherit' });
}

interface Launched {
  app: ElectronApplication;
  page: Page;
  dataDir: string;
  finish(): Promise<void>;
}

/** Starts the built app on a fresh data folder; `kioskJson` is written there first when given. */
async function launch(kioskJson?: object): Promise<Launched> {
  const dataDir = mkdtempSync(join(tmpdir(), 'observation-station-e2e-'));
  if (kioskJson) writeFileSync(join(dataDir, 'kiosk.json'), JSON.stringify(kioskJson));
  const env: Record<string, string> = { OBSERVATION_STATION_DATA_DIR: dataDir };
  for (const [key, value] of Object.entries(process.env)) {
    // The built files are under test, never a development server; and Electron must run as Electron.
    if (value !== undefined && key !== 'VITE_DEV_SERVER_URL' && key !== 'ELECTRON_RUN_AS_NODE' && !(key in env)) env[key] = value;
  }
  const app = await electron.launch({ args: ['.'], cwd: repoRoot, env });
  let mainLog = '';
  app.process().stdout?.on('data', (chunk: Buffer) => (mainLog += chunk.toString()));
  app.process().stderr?.on('data', (chunk: Buffer) => (mainLog += chunk.toString()));
  const page = await app.firstWindow();
  return {
    app,
    page,
    dataDir,
    async finish() {
      // A kiosk window that is still locked refuses to close; the test ends the process instead.
      await Promise.race([app.close(), new Promise((done) => setTimeout(done, 5_000))]);
      app.process().kill();
      await test.info().attach('electron-main-process.log', { body: mainLog, contentType: 'text/plain' });
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** The fresh station's setup screen: the first admin, as the person preparing the PC makes it. */
async function setUpStation(page: Page): Promise<void> {
  const setup = page.getByRole('form', { name: 'Set up this station' });
  await expect(setup).toBeVisible();
  await setup.getByLabel('Admin name').fill(ADMIN.name);
  await setup.getByLabel('PIN', { exact: true }).fill(ADMIN.pin);
  await setup.getByLabel('Repeat PIN').fill(ADMIN.pin);
  await setup.getByRole('button', { name: 'Set up station' }).click();
  await expect(page.getByRole('region', { name: 'Chair 1' })).toBeVisible();
}

async function signIn(page: Page, person: { name: string; pin: string }): Promise<void> {
  await page.getByRole('button', { name: 'Sign in' }).click();
  const dialog = page.getByRole('dialog', { name: 'Sign in' });
  await dialog.getByLabel('Your name').selectOption({ label: person.name });
  await dialog.getByLabel('PIN', { exact: true }).fill(person.pin);
  await dialog.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByLabel('Signed in')).toContainText(person.name);
}

/** The bridge the preload exposes, typed just enough for this test. */
async function boardThroughBridge(page: Page): Promise<unknown> {
  return page.evaluate(() => {
    const station = (window as unknown as { station: Record<string, (input: object) => Promise<unknown>> }).station;
    return station['board.get']({});
  });
}

test('Electron app: set up a fresh station, then check a patient into Chair 1 from the chair board', async () => {
  prepare();
  const { page, dataDir, finish } = await launch();

  try {
    const clinicId = `E2E-${Date.now()}`;

    await test.step('a fresh data folder starts on the setup screen; the first admin is made there', async () => {
      await setUpStation(page);
      await signIn(page, ADMIN);
    });

    await test.step('check a patient in through the screen', async () => {
      const chair = page.getByRole('region', { name: 'Chair 1' });
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

    await test.step('the page has no Node access, only the typed bridge, and cannot open windows', async () => {
      const exposure = await page.evaluate(() => ({
        require: typeof (globalThis as { require?: unknown }).require,
        process: typeof (globalThis as { process?: unknown }).process,
        ipcRenderer: typeof (globalThis as { ipcRenderer?: unknown }).ipcRenderer,
        shell: Object.keys((window as unknown as { stationShell: object }).stationShell).sort(),
        openedWindow: window.open('https://example.org/') !== null,
      }));
      expect(exposure).toEqual({ require: 'undefined', process: 'undefined', ipcRenderer: 'undefined', shell: ['kiosk', 'savePdf'], openedWindow: false });
    });

    await test.step('the page policy forbids eval and requests beyond the app', async () => {
      const attempts = await page.evaluate(async () => {
        // A string timer is compiled by the page itself, so the policy's ban on eval applies to it
        // (an eval written here would run with the debugger's exemption and prove nothing).
        (setTimeout as unknown as (code: string, ms: number) => void)('window.__evalRan = true', 0);
        await new Promise((done) => setTimeout(done, 200));
        const evalRan = (window as unknown as { __evalRan?: boolean }).__evalRan === true;
        // A loopback address: refused by the policy before anything is sent.
        const fetched = await fetch('http://127.0.0.1:9/').then(
          () => true,
          () => false,
        );
        return { evalRan, fetched };
      });
      expect(attempts).toEqual({ evalRan: false, fetched: false });
    });

    await test.step("the shell's header policy applies too: it refuses the socket the page's <meta> would allow", async () => {
      // The <meta> policy allows ws://127.0.0.1:* (for the headless station); the header the shell
      // adds does not, so only the header can refuse this. Loopback, so nothing leaves the PC.
      const violated = await page.evaluate(async () => {
        let directive = '';
        document.addEventListener('securitypolicyviolation', (e) => (directive = e.effectiveDirective));
        try {
          new WebSocket('ws://127.0.0.1:9/').close();
        } catch {
          // Some Chromium versions throw at once; the violation event is what is checked.
        }
        await new Promise((done) => setTimeout(done, 300));
        return directive;
      });
      expect(violated).toBe('connect-src');
    });

    await test.step('outside kiosk mode, no "Exit kiosk" is offered', async () => {
      const status = await page.evaluate(() => (window as unknown as { stationShell: { kiosk: { status(): Promise<unknown> } } }).stationShell.kiosk.status());
      expect(status).toEqual({ active: false });
      await expect(page.getByRole('button', { name: 'Exit kiosk' })).toHaveCount(0);
    });
  } finally {
    await finish();
  }
});

test('Electron app in kiosk mode (kiosk.json): cannot be closed until an admin exits kiosk with a PIN', async () => {
  prepare();
  const { app, page, finish } = await launch({ kiosk: true });
  const windowState = () =>
    app.evaluate(({ BrowserWindow }) => {
      const w = BrowserWindow.getAllWindows()[0];
      return w ? { open: !w.isDestroyed(), kiosk: w.isKiosk() } : { open: false, kiosk: false };
    });

  try {
    await test.step('the window starts in kiosk mode', async () => {
      // Set up through the bridge this time (setup is the same request the setup screen sends).
      const setUp = await page.evaluate(
        (admin) => (window as unknown as { station: Record<string, (input: object) => Promise<unknown>> }).station['users.setUp'](admin),
        ADMIN,
      );
      expect(setUp).toMatchObject({ ok: true });
      await page.reload();
      await expect(page.getByRole('region', { name: 'Chair 1' })).toBeVisible();
      expect(await windowState()).toEqual({ open: true, kiosk: true });
    });

    await test.step('closing the window or pressing Ctrl+W, Ctrl+Q or Alt+F4 leaves it open', async () => {
      await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.close());
      for (const keys of ['Control+w', 'Control+q', 'Alt+F4']) await page.keyboard.press(keys);
      await page.waitForTimeout(500);
      expect(await windowState()).toEqual({ open: true, kiosk: true });
    });

    const exit = page.getByRole('button', { name: 'Exit kiosk' });
    const dialog = page.getByRole('dialog', { name: 'Exit kiosk' });

    await test.step("a wrong PIN is refused with the core's message", async () => {
      await exit.click();
      await dialog.getByLabel('Admin', { exact: true }).selectOption({ label: ADMIN.name });
      await dialog.getByLabel('PIN', { exact: true }).fill('1111');
      await dialog.getByRole('button', { name: 'Exit kiosk' }).click();
      await expect(dialog.getByText(/Wrong PIN for Ada Admin/).first()).toBeVisible();
      expect(await windowState()).toEqual({ open: true, kiosk: true });
    });

    await test.step("the admin's PIN leaves kiosk mode; then the window can be closed", async () => {
      await dialog.getByLabel('PIN', { exact: true }).fill(ADMIN.pin);
      await dialog.getByRole('button', { name: 'Exit kiosk' }).click();
      await expect(exit).toHaveCount(0);
      expect(await windowState()).toEqual({ open: true, kiosk: false });
      const closed = app.waitForEvent('close');
      await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.close());
      await closed;
    });
  } finally {
    await finish();
  }
});
