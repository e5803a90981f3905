// Talks to a running station over its WebSocket, as any other program would (docs/api.md).
// The tests use it for the test clock and to set up the station's users; everything a nurse does goes
// through the screen.
import WebSocket from 'ws';

/** One open connection; requests are answered in any order, matched by id. */
export class StationClient {
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();

  private constructor(private readonly ws: WebSocket) {
    ws.on('message', (raw) => {
      const m = JSON.parse(raw.toString()) as { type: string; id?: number; ok?: boolean; result?: unknown; error?: { message: string } };
      if (m.type !== 'response' || m.id === undefined) return;
      const waiter = this.pending.get(m.id);
      this.pending.delete(m.id);
      if (m.ok) waiter?.resolve(m.result);
      else waiter?.reject(new Error(m.error?.message));
    });
  }

  static async connect(url: string): Promise<StationClient> {
    const ws = new WebSocket(`${url.replace(/^http/, 'ws')}api`, { origin: url.replace(/\/$/, '') });
    await new Promise<void>((resolve, reject) => {
      ws.once('open', () => resolve());
      ws.once('error', reject);
    });
    return new StationClient(ws);
  }

  request(method: string, input: unknown): Promise<unknown> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.ws.send(JSON.stringify({ type: 'request', id, method, input }));
    });
  }

  close(): void {
    this.ws.close();
  }
}

export async function stationRequest(url: string, method: string, input: unknown): Promise<unknown> {
  const client = await StationClient.connect(url);
  try {
    return await client.request(method, input);
  } finally {
    client.close();
  }
}

export function advanceClock(url: string, minutes: number): Promise<unknown> {
  return stationRequest(url, 'clock.advance', { minutes });
}
