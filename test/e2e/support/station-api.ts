// Talks to a running station over its WebSocket, as any other program would (docs/api.md). A `by`
// given as a person's name is sent as that person's sign-in token, signing them in with their PIN
// first (the PINs of the station's people are known from setting them up).
// The tests use it for the test clock and to set up the station's users; everything a nurse does goes
// through the screen.
import WebSocket from 'ws';

const SIGN_IN_TOKEN = /^[A-Za-z0-9_-]{43}$/;
const knownPins = new Map<string, string>();

/** Lets clients sign this person in by name. */
export function rememberPin(name: string, pin: string): void {
  knownPins.set(name, pin);
}

/** One open connection; requests are answered in any order, matched by id. */
export class StationClient {
  private nextId = 1;
  private readonly tokens = new Map<string, string>();
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
    // The printed address carries the station's access key; a program presents it on the socket.
    const printed = new URL(url);
    const ws = new WebSocket(`${printed.origin.replace(/^http/, 'ws')}/api?token=${printed.searchParams.get('token') ?? ''}`, { origin: printed.origin });
    await new Promise<void>((resolve, reject) => {
      ws.once('open', () => resolve());
      ws.once('error', reject);
    });
    return new StationClient(ws);
  }

  async request(method: string, input: unknown): Promise<unknown> {
    const by = (input as { by?: unknown } | null)?.by;
    if (typeof by !== 'string' || SIGN_IN_TOKEN.test(by)) return this.send(method, input);
    const withToken = async (fresh: boolean) => this.send(method, { ...(input as object), by: await this.tokenOf(by, fresh) });
    try {
      return await withToken(false);
    } catch (e) {
      // The sign-in ended (the test clock moved past the inactivity lock): sign in again once.
      if (!(e instanceof Error && /sign-in has ended/.test(e.message))) throw e;
      return withToken(true);
    }
  }

  private async tokenOf(name: string, fresh: boolean): Promise<string> {
    const held = this.tokens.get(name);
    if (held && !fresh) return held;
    const pin = knownPins.get(name);
    if (!pin) throw new Error(`No PIN is known for "${name}": only the station's set-up people can act in tests`);
    const status = (await this.send('users.status', {})) as { users: Array<{ userId: string; name: string }> };
    const user = status.users.find((u) => u.name === name);
    if (!user) throw new Error(`"${name}" is not a user of this station`);
    const { token } = (await this.send('users.signIn', { userId: user.userId, pin })) as { token: string };
    this.tokens.set(name, token);
    return token;
  }

  private send(method: string, input: unknown): Promise<unknown> {
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
