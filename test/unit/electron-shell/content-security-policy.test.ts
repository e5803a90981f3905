// The page's Content-Security-Policy: no remote or inline script, no eval, no plugins, no <base>, no
// framing, and requests only to the app itself (and, for the headless station, its loopback socket).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  PAGE_CONTENT_SECURITY_POLICY,
  PAGE_DIRECTIVES,
  parseCsp,
  serializeCsp,
  shellDirectives,
  type CspDirectives,
} from '../../../electron/security/content-security-policy';
import { stationSocketUrl } from '../../../renderer/src/api/websocket-transport';

const indexHtml = readFileSync(resolve(__dirname, '../../../renderer/index.html'), 'utf8');

function metaPolicy(html: string): string {
  const match = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(html);
  if (!match) throw new Error('renderer/index.html has no Content-Security-Policy meta tag');
  return match[1]!;
}

/** Does a connect-src source list allow this WebSocket URL? (scheme, host, port or :*) */
function allowsSocket(sources: readonly string[], url: string): boolean {
  const target = new URL(url);
  return sources.some((source) => {
    const m = /^(wss?):\/\/([^/:]+)(?::(\d+|\*))?$/.exec(source);
    if (!m) return false;
    return `${m[1]}:` === target.protocol && m[2] === target.hostname && (m[3] === '*' || m[3] === target.port);
  });
}

const UNSAFE = ["'unsafe-eval'", "'unsafe-inline'", "'wasm-unsafe-eval'", "'unsafe-hashes'", "'strict-dynamic'", '*', 'data:', 'blob:', 'http:', 'https:'];

function expectStrict(d: CspDirectives): void {
  expect(d['default-src']).toEqual(["'none'"]);
  expect(d['script-src']).toEqual(["'self'"]);
  expect(d['style-src']).toEqual(["'self'"]);
  expect(d['object-src']).toEqual(["'none'"]);
  expect(d['base-uri']).toEqual(["'none'"]);
  expect(d['form-action']).toEqual(["'none'"]);
  for (const [name, sources] of Object.entries(d)) {
    for (const source of sources) {
      // Nothing remote: only keywords, data: images, and the loopback socket.
      const remote = /^(https?|wss?):\/\//.test(source) && !/^ws:\/\/127\.0\.0\.1:\*$/.test(source);
      expect(remote, `${name} ${source}`).toBe(false);
      if (name !== 'img-src') expect(UNSAFE, `${name} ${source}`).not.toContain(source);
    }
  }
}

describe('the page policy (renderer/index.html)', () => {
  it('is the one defined in the shell, word for word', () => {
    expect(metaPolicy(indexHtml)).toBe(PAGE_CONTENT_SECURITY_POLICY);
  });

  it('is strict: own scripts and styles only, no eval, no plugins, no <base>, no forms', () => {
    expectStrict(parseCsp(metaPolicy(indexHtml)));
  });

  it('lets the page reach itself and the headless station socket on this PC, nothing else', () => {
    expect(PAGE_DIRECTIVES['connect-src']).toEqual(["'self'", 'ws://127.0.0.1:*']);
    // The socket the renderer opens when served by the headless station (it binds 127.0.0.1 only).
    const socket = stationSocketUrl({ protocol: 'http:', host: '127.0.0.1:4780' } as Location);
    expect(allowsSocket(PAGE_DIRECTIVES['connect-src']!, socket)).toBe(true);
    expect(allowsSocket(PAGE_DIRECTIVES['connect-src']!, 'ws://192.168.1.20:4780/api')).toBe(false);
    expect(allowsSocket(PAGE_DIRECTIVES['connect-src']!, 'wss://example.org/api')).toBe(false);
  });

  it('has no frame-ancestors, which a <meta> policy cannot carry (the shell header has it)', () => {
    expect(PAGE_DIRECTIVES['frame-ancestors']).toBeUndefined();
  });

  it('keeps the words the development server relaxes (vite.config.mts), so development still loads', () => {
    const policy = metaPolicy(indexHtml);
    for (const words of ["script-src 'self'", "style-src 'self'", "connect-src 'self'"]) expect(policy).toContain(words);
  });
});

describe('the shell header policy', () => {
  it('is as strict as the page and forbids framing; the window needs no socket (it uses IPC)', () => {
    const d = shellDirectives();
    expectStrict(d);
    expect(d['frame-ancestors']).toEqual(["'none'"]);
    expect(d['connect-src']).toEqual(["'self'"]);
  });

  it('under a development server, allows only that server: its socket and its injected inline code', () => {
    const d = shellDirectives({ devServerUrl: 'http://localhost:5173/' });
    expect(d['connect-src']).toEqual(["'self'", 'ws://localhost:5173']);
    expect(d['script-src']).toEqual(["'self'", "'unsafe-inline'"]);
    expect(d['script-src']).not.toContain("'unsafe-eval'");
    expect(d['object-src']).toEqual(["'none'"]);
    expect(d['frame-ancestors']).toEqual(["'none'"]);
  });

  it('refuses a development server that is not on this PC', () => {
    expect(() => shellDirectives({ devServerUrl: 'http://192.168.1.5:5173/' })).toThrow(/on this PC/);
    expect(() => shellDirectives({ devServerUrl: 'https://example.org/' })).toThrow(/on this PC/);
  });

  it('serializes and parses back to the same directives', () => {
    const d = shellDirectives();
    expect(parseCsp(serializeCsp(d))).toEqual(d);
  });
});
