// Who may use the headless station: only a browser on this PC that opened the address the station
// printed. Three checks, because a web page from elsewhere can make the browser send requests here:
// - Host must be the loopback address printed (a DNS-rebinding page arrives under another name);
// - Origin, when sent, must be that address too;
// - the per-start token from the printed URL: given once as ?token=..., it becomes an HttpOnly,
//   SameSite=Strict cookie that the page's own requests and WebSocket carry from then on.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export const ACCESS_COOKIE = 'station-access';

export interface AccessGuard {
  token: string;
  /** Why the request is refused, or null when it may go on. */
  refusal(req: IncomingMessage, port: number): string | null;
  /** The token a request presents: in the query (first visit, programs) or the cookie. */
  presented(req: IncomingMessage): string | null;
  cookie(): string;
}

function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export function accessGuard(token: string = randomBytes(24).toString('base64url')): AccessGuard {
  const presented = (req: IncomingMessage): string | null => {
    const query = new URL(req.url ?? '/', 'http://station').searchParams.get('token');
    if (query) return query;
    for (const part of (req.headers.cookie ?? '').split(';')) {
      const [name, ...value] = part.trim().split('=');
      if (name === ACCESS_COOKIE) return value.join('=');
    }
    return null;
  };
  return {
    token,
    presented,
    refusal(req, port) {
      const address = `127.0.0.1:${port}`;
      if (req.headers.host !== address) return `Open the station at http://${address}/ (the address it printed)`;
      const origin = req.headers.origin;
      if (origin !== undefined && origin !== `http://${address}`) return 'Requests from other web pages are refused';
      const given = presented(req);
      if (!given || !sameToken(given, token)) return 'Open the full address the station printed when it started (it carries its access key)';
      return null;
    },
    cookie: () => `${ACCESS_COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/`,
  };
}
