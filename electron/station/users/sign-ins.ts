// Who is signed in at the station's screens. A sign-in is a random token held in memory only: a
// restart of the station signs everyone out (the records and alarms carry on). A token ends when its
// user signs out, or after the inactivity lock time with no request, whatever the screen does.
// Inactivity is real time passing at the screen, measured on a monotonic clock: not the station's
// clock, which a wall-clock correction (or a test clock) may move in jumps.
import { randomBytes } from 'node:crypto';
import type { UserRole } from '../../../shared/domain/users';
import type { Clock } from '../clock';

const monotonicClock: Clock = { now: () => performance.now() };

export interface SignedInUser {
  userId: string;
  name: string;
  role: UserRole;
}

interface SignIn extends SignedInUser {
  lastSeen: number;
}

export class SignIns {
  private readonly byToken = new Map<string, SignIn>();

  constructor(
    private readonly clock: Clock = monotonicClock,
    /** Read at each use, so a change in the settings applies at once. */
    private readonly idleMinutes: () => number,
  ) {}

  start(user: SignedInUser): string {
    this.sweep();
    const token = randomBytes(32).toString('base64url');
    this.byToken.set(token, { ...user, lastSeen: this.clock.now() });
    return token;
  }

  /** The user behind a live token, marking it used now; null once it has ended. */
  use(token: string): SignedInUser | null {
    const s = this.byToken.get(token);
    if (!s) return null;
    const now = this.clock.now();
    if (now - s.lastSeen > this.idleMinutes() * 60_000) {
      this.byToken.delete(token);
      return null;
    }
    s.lastSeen = now;
    return { userId: s.userId, name: s.name, role: s.role };
  }

  end(token: string): void {
    this.byToken.delete(token);
  }

  /** Forgets ended sign-ins, so a station running for months keeps none it does not need. */
  private sweep(): void {
    const limit = this.clock.now() - this.idleMinutes() * 60_000;
    for (const [token, s] of this.byToken) if (s.lastSeen < limit) this.byToken.delete(token);
  }
}
