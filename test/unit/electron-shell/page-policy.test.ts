// Navigation, new windows and permissions: the page may load only itself, open nothing, be granted nothing.
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { appUrlCheck } from '../../../electron/security/app-url';
import { mayGrantPermission, mayNavigate, windowOpenResponse } from '../../../electron/security/page-policy';

describe('mayNavigate, for the built app (file://)', () => {
  const index = pathToFileURL('/opt/station/dist/index.html').href;
  const isAppUrl = appUrlCheck(index);

  it('allows the app page with its routes and print layouts', () => {
    expect(mayNavigate(index, isAppUrl)).toBe(true);
    expect(mayNavigate(`${index}#print/4c1f3a9e-1b2c-4d5e-8f90-123456789abc`, isAppUrl)).toBe(true);
    expect(mayNavigate(`${index}?reload=1`, isAppUrl)).toBe(true);
  });

  it('blocks every other file, even next to the app page', () => {
    expect(mayNavigate(pathToFileURL('/opt/station/dist/assets/index.js').href, isAppUrl)).toBe(false);
    expect(mayNavigate(pathToFileURL('/opt/station/dist/index.html.evil').href, isAppUrl)).toBe(false);
    expect(mayNavigate(pathToFileURL('/etc/passwd').href, isAppUrl)).toBe(false);
    expect(mayNavigate('file:///C:/Users/nurse/Downloads/index.html', isAppUrl)).toBe(false);
  });

  it('blocks remote pages and script or data URLs', () => {
    for (const url of ['https://example.org/', 'http://127.0.0.1:4780/', 'javascript:alert(1)', 'data:text/html,<h1>x</h1>', 'about:blank', 'not a url']) {
      expect(mayNavigate(url, isAppUrl), url).toBe(false);
    }
  });
});

describe('mayNavigate, for a development server', () => {
  const isAppUrl = appUrlCheck('http://localhost:5173/');

  it('allows that origin and nothing else', () => {
    expect(mayNavigate('http://localhost:5173/#/board', isAppUrl)).toBe(true);
    expect(mayNavigate('http://localhost:5174/', isAppUrl)).toBe(false);
    expect(mayNavigate('https://localhost:5173/', isAppUrl)).toBe(false);
    expect(mayNavigate('http://example.org:5173/', isAppUrl)).toBe(false);
    expect(mayNavigate(pathToFileURL('/opt/station/dist/index.html').href, isAppUrl)).toBe(false);
  });
});

describe('windowOpenResponse', () => {
  it('denies every new window', () => {
    expect(windowOpenResponse()).toEqual({ action: 'deny' });
  });
});

describe('mayGrantPermission', () => {
  it('grants nothing', () => {
    const asked = ['media', 'notifications', 'geolocation', 'clipboard-read', 'clipboard-sanitized-write', 'serial', 'hid', 'usb', 'fullscreen', 'display-capture', 'openExternal', 'fileSystem', 'midiSysex', 'pointerLock', 'keyboardLock', 'idle-detection', 'window-management'];
    for (const permission of asked) expect(mayGrantPermission(permission), permission).toBe(false);
  });
});
