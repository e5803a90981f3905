import { mkdirSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { ServerMessage } from '../../shared/api/wire';
import { startStationServer, type RunningServer } from '../../electron/server/station-server';
import type { StationCore } from '../../electron/station/station-core';
import { openStation } from '../../electron/station/open-station';
import { confSettings } from '../../electron/station/settings/conf-settings';
import { FakeClock, tempDataDir } from '../support/station';
import { signIn } from '../support/users';

let data: ReturnType<typeof tempDataDir>;
let core: StationCore;
let server: RunningServer;

beforeEach(async () => {
  data = tempDataDir();
  const staticRoot = join(data.dir, 'dist');
  mkdirSync(staticRoot);
  writeFileSync(join(staticRoot, 'index.html'), '<!doctype html><title>Observation Station</title>');
  core = openStation({ dataDir: join(data.dir, 'records'), clock: new FakeClock(), settings: confSettings(join(data.dir, 'records')), heartbeatMs: 50, log: () => {} });
  server = await startStationServer(core, staticRoot, 0);
});

afterEach(async () => {
  await server.close();
  core.close();
  data.remove();
});

/** The printed address without its access key, and the key. */
function printed(): { base: string; token: string } {
  const url = new URL(server.url);
  return { base: url.origin, token: url.searchParams.get('token') ?? '' };
}

function connect(origin?: string, token = printed().token): Promise<WebSocket> {
  const ws = new WebSocket(`${printed().base.replace('http', 'ws')}/api?token=${token}`, origin ? { origin } : {});
  return new Promise((resolve, reject) => {
    ws.once('open', () => resolve(ws));
    ws.once('error', reject);
  });
}

function next(ws: WebSocket, match: (m: ServerMessage) => boolean): Promise<ServerMessage> {
  return new Promise((resolve) => {
    const onMessage = (raw: WebSocket.RawData) => {
      const m = JSON.parse(raw.toString()) as ServerMessage;
      if (match(m)) {
        ws.off('message', onMessage);
        resolve(m);
      }
    };
    ws.on('message', onMessage);
  });
}

describe('the headless station server', () => {
  it('listens on 127.0.0.1 and serves the screen to the browser that opened the printed address', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[A-Za-z0-9_-]{32}$/);
    const first = await fetch(server.url, { redirect: 'manual' });
    expect(first.status).toBe(303);
    const cookie = first.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/HttpOnly; SameSite=Strict/);
    const { base } = printed();
    const res = await fetch(`${base}/`, { headers: { cookie: cookie.split(';')[0] } });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('Observation Station');
    // A file that exists just outside the screen's folder must not be served.
    writeFileSync(join(data.dir, 'outside.txt'), 'not for the browser');
    expect((await fetch(`${base}/..%2foutside.txt`, { headers: { cookie: cookie.split(';')[0] } })).status).toBe(404);
  });

  it('refuses a request without the access key, or under another host name', async () => {
    const { base, token } = printed();
    const bare = await fetch(`${base}/`);
    expect(bare.status).toBe(403);
    expect(await bare.text()).toMatch(/Open the full address the station printed/);
    // A page that rebinds its own name to 127.0.0.1 arrives with its own Host.
    const rebound = await new Promise<number>((resolve, reject) => {
      const req = httpRequest(`${base}/?token=${token}`, { headers: { host: 'evil.example' } }, (res) => resolve(res.statusCode ?? 0));
      req.on('error', reject);
      req.end();
    });
    expect(rebound).toBe(403);
    await expect(connect(undefined, 'wrong-key')).rejects.toThrow(/403/);
  });

  it('answers requests over the WebSocket with the same results and refusals as the core', async () => {
    const ws = await connect(printed().base);
    const by = signIn(core, 'Ana');
    const unsigned = next(ws, (m) => m.type === 'response' && m.id === 0);
    ws.send(JSON.stringify({ type: 'request', id: 0, method: 'session.checkIn', input: { chairId: 'chair-2', patient: { clinicId: 'P-9', name: 'A. B.' }, protocolId: 'ketamine-im', by: 'Ana' } }));
    expect(await unsigned).toMatchObject({ ok: false, error: { code: 'invalid-input', message: 'Sign in at the station first' } });
    const reply = next(ws, (m) => m.type === 'response' && m.id === 1);
    ws.send(JSON.stringify({ type: 'request', id: 1, method: 'session.checkIn', input: { chairId: 'chair-2', patient: { clinicId: 'P-9', name: 'A. B.' }, protocolId: 'ketamine-im', by } }));
    const r = await reply;
    expect(r).toMatchObject({ type: 'response', id: 1, ok: true, result: { chairId: 'chair-2', phase: 'pre-dose' } });

    const refused = next(ws, (m) => m.type === 'response' && m.id === 2);
    ws.send(JSON.stringify({ type: 'request', id: 2, method: 'session.checkIn', input: { chairId: 'chair-2', patient: { clinicId: 'P-10', name: 'C' }, protocolId: 'ketamine-im', by } }));
    expect(await refused).toMatchObject({ ok: false, error: { code: 'not-allowed', message: 'Chair 2 is occupied by A. B.: discharge them first' } });
    ws.close();
  });

  it('sends the board to every screen on its heartbeat', async () => {
    const ws = await connect();
    const event = await next(ws, (m) => m.type === 'event' && m.event === 'board');
    expect(event.type === 'event' && event.payload).toMatchObject({ chairs: [{ chairName: 'Chair 1' }, {}, {}, {}] });
    ws.close();
  });

  it('answers a message that is not a request with an error instead of dropping the connection', async () => {
    const ws = await connect();
    const reply = next(ws, (m) => m.type === 'response');
    ws.send('{not json');
    expect(await reply).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    ws.close();
  });

  it('refuses a WebSocket opened by a page from another origin', async () => {
    await expect(connect('http://evil.example')).rejects.toThrow(/403/);
  });
});
