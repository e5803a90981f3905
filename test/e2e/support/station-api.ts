// Talks to a running station over its WebSocket, as any other program would (docs/api.md).
// The tests use it only for the test clock; everything a nurse does goes through the screen.
import WebSocket from 'ws';

export async function stationRequest(url: string, method: string, input: unknown): Promise<unknown> {
  const ws = new WebSocket(`${url.replace(/^http/, 'ws')}api`, { origin: url.replace(/\/$/, '') });
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  try {
    return await new Promise((resolve, reject) => {
      ws.on('message', (raw) => {
        const m = JSON.parse(raw.toString()) as { type: string; id?: number; ok?: boolean; result?: unknown; error?: { message: string } };
        if (m.type !== 'response' || m.id !== 1) return;
        if (m.ok) resolve(m.result);
        else reject(new Error(m.error?.message));
      });
      ws.send(JSON.stringify({ type: 'request', id: 1, method, input }));
    });
  } finally {
    ws.close();
  }
}

export function advanceClock(url: string, minutes: number): Promise<unknown> {
  return stationRequest(url, 'clock.advance', { minutes });
}
