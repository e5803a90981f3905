// The pure rules above only protect the station if the shell applies them. Electron cannot run in
// these tests, so this reads the shell's source: each rule is registered at start-up, and each IPC
// handler checks its sender before doing anything.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const source = (file: string) => readFileSync(resolve(__dirname, '../../../electron', file), 'utf8');

describe('main.ts', () => {
  const main = source('main.ts');

  it.each([
    ['the sandbox for every renderer', /app\.enableSandbox\(\)/],
    ['navigation blocking', /blockNavigationAwayFromApp\(isAppUrl\)/],
    ['new windows denied', /denyNewWindows\(\)/],
    ['permissions denied', /denyAllPermissions\(\)/],
    ['the CSP header', /enforceContentSecurityPolicy\(serializeCsp\(shellDirectives\(/],
    ['one instance per data folder', /claimSingleInstance\(/],
    ['the kiosk settings from the data folder', /readKioskSettings\(app\.getPath\('userData'\)/],
    ['the --kiosk switch', /hasSwitch\('kiosk'\)/],
    ['the kiosk lock on the window', /lockKioskWindow\(window/],
  ])('applies %s', (_what, pattern) => {
    expect(main).toMatch(pattern);
  });

  it('registers the security rules before the app is ready, so the first window is covered', () => {
    const ready = main.indexOf('app.whenReady()');
    for (const call of ['app.enableSandbox()', 'blockNavigationAwayFromApp(isAppUrl)', 'denyNewWindows()']) {
      expect(main.indexOf(call)).toBeGreaterThan(-1);
      expect(main.indexOf(call)).toBeLessThan(ready);
    }
  });
});

describe('the Electron side of each rule uses the tested decision', () => {
  it.each([
    ['security/block-navigation.ts', /mayNavigate\(attempt\.url, isAppUrl\)/],
    ['security/deny-new-windows.ts', /return windowOpenResponse\(\)/],
    ['security/deny-permissions.ts', /callback\(granted\)/],
    ['security/deny-permissions.ts', /setPermissionCheckHandler\(\(_contents, permission\) => mayGrantPermission\(permission\)\)/],
    ['security/csp-header.ts', /withContentSecurityPolicy\(details\.responseHeaders, policy\)/],
    ['kiosk/kiosk-lock.ts', /isBlockedKioskKey\(input\)/],
  ])('%s', (file, pattern) => {
    expect(source(file)).toMatch(pattern);
  });
});

describe('IPC handlers check the sender first', () => {
  it('station requests: the check comes before the core is asked', () => {
    const bridge = source('ipc-bridge.ts');
    const check = bridge.indexOf('refuseUnlessAppWindow(event');
    expect(check).toBeGreaterThan(-1);
    expect(check).toBeLessThan(bridge.indexOf('core.handle(name, input)'));
    expect(bridge).toMatch(/if \(isFromAppWindow\(event, window, isAppUrl\)\) return null;/);
  });

  it('kiosk status and exit: every handler checks', () => {
    const kiosk = source('kiosk/kiosk-ipc.ts');
    const handlers = kiosk.split('ipcMain.handle(').slice(1);
    expect(handlers).toHaveLength(2);
    for (const handler of handlers) expect(handler).toMatch(/^[^]*?if \(!isFromAppWindow\(event, getWindow\(\), isAppUrl\)\)/);
  });
});
