// Only the app's own page, in the top frame of the expected window, may call the main process.
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { appUrlCheck } from '../../../electron/security/app-url';
import { describeSender, isFromAppWindow, type ExpectedWindow, type IpcSender } from '../../../electron/security/ipc-sender';

const appUrl = pathToFileURL('/opt/station/dist/index.html').href;
const isAppUrl = appUrlCheck(appUrl);

const window = (id = 7, destroyed = false): ExpectedWindow => ({ isDestroyed: () => destroyed, webContents: { id } });
const event = (over: { id?: number; url?: string; parent?: unknown; frame?: null } = {}): IpcSender => ({
  sender: { id: over.id ?? 7 },
  senderFrame: over.frame === null ? null : { url: over.url ?? `${appUrl}#/board`, parent: over.parent ?? null },
});

describe('isFromAppWindow', () => {
  it('accepts the app page in the top frame of the expected window', () => {
    expect(isFromAppWindow(event(), window(), isAppUrl)).toBe(true);
  });

  it('refuses when there is no window, or it has been destroyed', () => {
    expect(isFromAppWindow(event(), null, isAppUrl)).toBe(false);
    expect(isFromAppWindow(event(), window(7, true), isAppUrl)).toBe(false);
  });

  it('refuses another window (the hidden print window, say)', () => {
    expect(isFromAppWindow(event({ id: 8 }), window(7), isAppUrl)).toBe(false);
  });

  it('refuses an embedded frame, even one showing the app page', () => {
    expect(isFromAppWindow(event({ parent: { url: appUrl } }), window(), isAppUrl)).toBe(false);
  });

  it('refuses a frame that has gone', () => {
    expect(isFromAppWindow(event({ frame: null }), window(), isAppUrl)).toBe(false);
  });

  it('refuses any page but the app page', () => {
    expect(isFromAppWindow(event({ url: 'https://example.org/' }), window(), isAppUrl)).toBe(false);
    expect(isFromAppWindow(event({ url: pathToFileURL('/home/nurse/Downloads/evil.html').href }), window(), isAppUrl)).toBe(false);
    expect(isFromAppWindow(event({ url: 'about:blank' }), window(), isAppUrl)).toBe(false);
  });

  it('names the sender for the log without trusting it', () => {
    expect(describeSender(event({ url: 'https://example.org/' }))).toBe('https://example.org/');
    expect(describeSender(event({ frame: null }))).toBe('an unknown frame');
  });
});
