// The Content-Security-Policy of the station's page, defined once. The page carries it in a <meta>
// tag (renderer/index.html; a unit test holds the two equal), which is all a browser gets from the
// headless station; the Electron shell also sends it as a response header, where it can add what a
// <meta> cannot (frame-ancestors) and leave out what only the headless station needs (its socket).
// Every policy that applies is enforced, so the page runs under the stricter of the two.

export type CspDirectives = Readonly<Record<string, readonly string[]>>;

/**
 * Nothing is allowed unless named: the page's own scripts and styles, images of its own or inline
 * data (the favicon), and requests to itself. No inline script, no eval, no plugins, no <base>, no
 * form posting anywhere, no frames.
 */
const PAGE_BASE: CspDirectives = {
  'default-src': ["'none'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
};

/**
 * The headless station serves the page and its WebSocket (/api) from 127.0.0.1 on the port it was
 * started with (any, with --port), and accepts no other host name. The socket is named beside
 * 'self' because older browsers do not count ws: as 'self'.
 */
const HEADLESS_STATION_SOCKET = 'ws://127.0.0.1:*';

/** The policy in renderer/index.html: the page as both the shell and the headless station load it. */
export const PAGE_DIRECTIVES: CspDirectives = {
  ...PAGE_BASE,
  'connect-src': ["'self'", HEADLESS_STATION_SOCKET],
};

export interface ShellPolicyOptions {
  /** The Vite development server's URL when the shell loads the page from it, else undefined. */
  devServerUrl?: string | undefined;
}

/**
 * The header policy of the Electron shell. The window talks to the core over IPC, so the page needs
 * no socket at all. Under a development server, its hot-reload socket and the inline scripts and
 * styles it injects are allowed, for that server only (vite.config.mts relaxes the <meta> alike).
 */
export function shellDirectives(options: ShellPolicyOptions = {}): CspDirectives {
  const shell: Record<string, readonly string[]> = { ...PAGE_BASE, 'frame-ancestors': ["'none'"] };
  if (options.devServerUrl === undefined) return shell;
  const dev = new URL(options.devServerUrl);
  if (dev.protocol !== 'http:' || !isLoopback(dev.hostname)) {
    throw new Error(`A development server must be on this PC (http://localhost or 127.0.0.1), not ${dev.origin}`);
  }
  return {
    ...shell,
    'script-src': ["'self'", "'unsafe-inline'"],
    'style-src': ["'self'", "'unsafe-inline'"],
    'connect-src': ["'self'", `ws://${dev.host}`],
  };
}

/** "name source source; name source" in the order given. */
export function serializeCsp(directives: CspDirectives): string {
  return Object.entries(directives)
    .map(([name, sources]) => [name, ...sources].join(' '))
    .join('; ');
}

/** Parses a policy back into directives (for tests and the index.html check). */
export function parseCsp(policy: string): CspDirectives {
  const directives: Record<string, readonly string[]> = {};
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives[name.toLowerCase()] = sources;
  }
  return directives;
}

export const PAGE_CONTENT_SECURITY_POLICY = serializeCsp(PAGE_DIRECTIVES);

function isLoopback(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '127.0.0.1' || hostname === '[::1]';
}
