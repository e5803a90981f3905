// The Electron shell around the station core: one instance, one sandboxed window (in kiosk mode when
// the admin chose it), the security rules (electron/security/), and the core wired to IPC.
// Everything clinical happens in the core; this file only hosts it.
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, BrowserWindow, dialog, Menu, type WebPreferences } from 'electron';
import { confSettings } from './station/settings/conf-settings';
import { SteadyClock } from './station/steady-clock';
import { connectStationToIpc } from './ipc-bridge';
import { registerKioskIpc } from './kiosk/kiosk-ipc';
import { lockKioskWindow, type KioskLock } from './kiosk/kiosk-lock';
import { readKioskSettings } from './kiosk/kiosk-settings';
import { kioskWindowOptions } from './kiosk/kiosk-window';
import { applyStartAtLogin, loginItemPlan } from './kiosk/start-at-login';
import { registerPdfExport } from './print-to-pdf';
import { appUrlCheck } from './security/app-url';
import { blockNavigationAwayFromApp } from './security/block-navigation';
import { serializeCsp, shellDirectives } from './security/content-security-policy';
import { enforceContentSecurityPolicy } from './security/csp-header';
import { denyNewWindows } from './security/deny-new-windows';
import { denyAllPermissions } from './security/deny-permissions';
import { appResponseCheck } from './security/response-headers';
import { claimSingleInstance } from './security/single-instance';
import { stationWebPreferences } from './security/web-preferences';
import { openStation } from './station/open-station';
import type { StationCore } from './station/station-core';

/** Where the records and settings live, if not in the default user data folder. */
const DATA_DIR_ENV = 'OBSERVATION_STATION_DATA_DIR';

// Before anything asks for the path: the single-instance lock and the station's records both derive
// from userData, so a clinic (or a test run) can point a station at its own folder.
const dataDirOverride = process.env[DATA_DIR_ENV];
if (dataDirOverride) {
  const dir = resolve(dataDirOverride);
  mkdirSync(dir, { recursive: true });
  app.setPath('userData', dir);
}

// A development server is honoured only in an unpackaged app, so an environment variable on a
// clinic PC cannot point the station window at some other site.
const devServerUrl = !app.isPackaged ? process.env.VITE_DEV_SERVER_URL : undefined;
const appUrl = devServerUrl ?? pathToFileURL(join(__dirname, '../dist/index.html')).href;
const isAppUrl = appUrlCheck(appUrl);

let mainWindow: BrowserWindow | null = null;
let kioskLock: KioskLock | null = null;

if (!claimSingleInstance(focusMainWindow)) {
  app.quit();
} else {
  app.enableSandbox();
  blockNavigationAwayFromApp(isAppUrl);
  denyNewWindows();
  app.whenReady().then(start).catch(fail);
}

function start(): void {
  denyAllPermissions();
  enforceContentSecurityPolicy(serializeCsp(shellDirectives({ devServerUrl })), appResponseCheck(appUrl));
  const core = openCore();
  if (!core) return;

  // Kiosk mode is the admin's choice in kiosk.json in the data folder; --kiosk forces it on.
  const kioskSettings = readKioskSettings(app.getPath('userData'), (line) => console.warn(line));
  const kiosk = kioskSettings.settings.kiosk || app.commandLine.hasSwitch('kiosk');
  applyStartAtLogin(app, loginItemPlan(kioskSettings, { platform: process.platform, packaged: app.isPackaged }), (line) => console.log(line));

  // Developer tools only in a development copy, and never in kiosk mode.
  const webPreferences = (): WebPreferences =>
    stationWebPreferences({ preload: join(__dirname, 'preload.js'), devTools: !app.isPackaged && !kiosk });
  const getWindow = () => mainWindow;
  const disconnect = connectStationToIpc({ core, getWindow, isAppUrl });
  const removePdfExport = registerPdfExport({ core, getWindow, isAppUrl, appUrl, webPreferences });
  const removeKioskIpc = registerKioskIpc({ core, getWindow, getLock: () => kioskLock, isAppUrl });

  let closed = false;
  app.on('will-quit', () => {
    if (closed) return;
    closed = true;
    removeKioskIpc();
    removePdfExport();
    disconnect();
    core.close();
  });
  // A station without a window would keep observing but show no alarms: quit instead, everywhere.
  app.on('window-all-closed', () => app.quit());

  mainWindow = createMainWindow(kiosk, webPreferences());
}

function openCore(): StationCore | null {
  try {
    const dataDir = app.getPath('userData');
    // The station's clock keeps to real elapsed time when the PC's clock is corrected or changed.
    let opened: StationCore | null = null;
    const clock = new SteadyClock({ onJump: (jump) => opened?.recordClockJump(jump) });
    opened = openStation({
      dataDir,
      clock,
      // The same settings file, with the same damage handling, as the headless station.
      settings: confSettings(dataDir),
      nativeBinding: electronNativeBinding(),
    });
    return opened;
  } catch (error) {
    fail(error);
    return null;
  }
}

/**
 * Unpackaged, better-sqlite3 in node_modules is built for Node (the tests use it), so Electron
 * loads its own build that scripts/electron-native.mjs puts under .native/. A packaged app has
 * better-sqlite3 rebuilt for Electron by electron-builder and needs no override.
 */
function electronNativeBinding(): string | undefined {
  if (app.isPackaged) return undefined;
  const version = process.versions.electron;
  const file = join(app.getAppPath(), '.native', `electron-${version}`, 'better_sqlite3.node');
  if (!existsSync(file)) {
    throw new Error(
      `better-sqlite3 has not been built for Electron ${version} (${file} is missing). ` +
        'Run "node scripts/electron-native.mjs" (npm start does this), then start again.',
    );
  }
  return file;
}

function createMainWindow(kiosk: boolean, webPreferences: WebPreferences): BrowserWindow {
  // Kiosk: no menu, which also removes its shortcuts (reload, developer tools, quit).
  if (kiosk) Menu.setApplicationMenu(null);
  const window = new BrowserWindow({
    title: 'Observation Station',
    width: 1280,
    height: 800,
    minWidth: 800,
    minHeight: 600,
    ...kioskWindowOptions(kiosk),
    webPreferences,
  });
  if (kiosk) kioskLock = lockKioskWindow(window, (line) => console.log(line));

  window.webContents.on('render-process-gone', (_event, details) => {
    if (details.reason === 'clean-exit') return;
    // The core holds every record and alarm, so a fresh page loses nothing; reload after a pause
    // so a page that crashes at once does not spin.
    console.error(`The station screen stopped (${details.reason}); reloading it.`);
    setTimeout(() => {
      if (!window.isDestroyed()) window.reload();
    }, 1000);
  });
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });

  window.loadURL(appUrl).catch((error: unknown) => {
    // Aborted means another load replaced this one (a reload), not that the page is missing.
    if ((error as { code?: unknown }).code === 'ERR_ABORTED') return;
    fail(new Error(`The station screen could not be loaded from ${appUrl}. Was the app built (npm run build)?`, { cause: error }));
  });
  return window;
}

function focusMainWindow(): void {
  const window = mainWindow;
  if (!window || window.isDestroyed()) return;
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}

function fail(error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  console.error('Observation Station cannot start:', error);
  if (app.isReady()) dialog.showErrorBox('Observation Station cannot start', message);
  app.exit(1);
}
