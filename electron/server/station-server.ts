// The headless station server: the same core, the built renderer over HTTP, and the contract over a
// WebSocket at /api. It listens on 127.0.0.1 only: the station is one machine, never a network service;
// and it answers only the browser that opened the address it printed (access-guard.ts).
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { WEBSOCKET_PATH, type ServerMessage, type WireRequest } from '../../shared/api/wire';
import type { StationCore } from '../station/station-core';
import { serveStatic } from './static-files';
import { accessGuard, type AccessGuard } from './access-guard';

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

const MAX_MESSAGE_BYTES = 256 * 1024;

function send(ws: WebSocket, message: ServerMessage): void {
  if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(message));
}

function parseRequest(data: string): WireRequest | null {
  try {
    const m = JSON.parse(data) as Partial<WireRequest>;
    if (m && m.type === 'request' && Number.isSafeInteger(m.id) && typeof m.method === 'string') return m as WireRequest;
  } catch {
    // Not JSON: answered below as unreadable.
  }
  return null;
}

export function startStationServer(core: StationCore, staticRoot: string, port: number, guard: AccessGuard = accessGuard()): Promise<RunningServer> {
  const http: Server = createServer((req, res) => {
    const refused = guard.refusal(req, (http.address() as AddressInfo).port);
    if (refused) {
      res.writeHead(403, { 'Content-Type': 'text/plain; charset=utf-8' }).end(refused);
      return;
    }
    const url = new URL(req.url ?? '/', 'http://station');
    if (url.searchParams.has('token')) {
      // First visit with the printed address: keep the key in a cookie and take it out of the address bar.
      url.searchParams.delete('token');
      res.writeHead(303, { Location: `${url.pathname}${url.search}`, 'Set-Cookie': guard.cookie() }).end();
      return;
    }
    serveStatic(staticRoot, req, res);
  });
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES });

  http.on('upgrade', (req, socket, head) => {
    const { port: actualPort } = http.address() as AddressInfo;
    const path = new URL(req.url ?? '/', 'http://station').pathname;
    // A page from anywhere else must not drive the station through the user's browser.
    if (path !== WEBSOCKET_PATH || guard.refusal(req, actualPort) !== null) {
      socket.write('HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n');
      socket.destroy();
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req));
  });

  wss.on('connection', (ws: WebSocket) => {
    const unsubscribe = core.onEvent((event, payload) => send(ws, { type: 'event', event, payload }));
    ws.on('message', (data) => {
      const request = parseRequest(data.toString());
      if (!request) {
        send(ws, { type: 'response', id: -1, ok: false, error: { code: 'invalid-input', message: 'The message is not a station request' } });
        return;
      }
      void Promise.resolve(core.handle(request.method, request.input)).then((response) =>
        send(ws, { type: 'response', id: request.id, ...response }),
      );
    });
    ws.on('close', unsubscribe);
    ws.on('error', unsubscribe);
  });

  return new Promise((resolve, reject) => {
    http.once('error', reject);
    http.listen(port, '127.0.0.1', () => {
      const { port: actualPort } = http.address() as AddressInfo;
      resolve({
        url: `http://127.0.0.1:${actualPort}/?token=${guard.token}`,
        close: () =>
          new Promise<void>((done) => {
            for (const client of wss.clients) client.terminate();
            wss.close();
            http.close(() => done());
          }),
      });
    });
  });
}
