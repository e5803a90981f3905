// Who may act at the station, proven by a PIN. The station decides here, whatever the screen shows:
// the first admin is made once, only an admin adds users, and a signed action is refused unless the
// PIN is right and the user's role may do it. Wrong tries are counted per user and lock them for a
// while, so a PIN cannot be guessed at the screen; the PIN itself is never stored or logged.
import { randomUUID } from 'node:crypto';
import type { UserView, UsersStatusView } from '../../../shared/api/views';
import type { UserRole } from '../../../shared/domain/users';
import { formatClockTime } from '../../../shared/format/clock-time';
import type { Clock } from '../clock';
import type { Db } from '../db/open-database';
import { notAllowed } from '../station-error';
import { hashPin, verifyPin } from './pin-hash';
import { UserRepository, type UserRow } from './user-repository';

export interface UserDirectoryOptions {
  /** Wrong PINs in a row before the user is locked. */
  maxAttempts?: number | (() => number);
  lockMinutes?: number | (() => number);
  /** Where the directory's events are reported (never with the PIN). */
  log?: (message: string) => void;
  /** log2 of scrypt's cost for new PINs; only test stations lower it, to run fast. */
  pinCostLn?: number;
  /** Wrong PINs and locks, for the audit trail: someone may be guessing a PIN. */
  onSecurityEvent?: (message: string) => void;
}

/** The user a PIN proved, for the record of who did it. */
export interface VerifiedUser {
  userId: string;
  name: string;
  role: UserRole;
}

export interface NewUser {
  name: string;
  role: UserRole;
  pin: string;
}

export interface SignedBy {
  userId: string;
  pin: string;
}

const WITH_ARTICLE: Record<UserRole, string> = { nurse: 'a nurse', clinician: 'a clinician', admin: 'an admin' };

/** "a clinician", "a clinician or an admin", "a nurse, a clinician or an admin". */
function roleList(roles: readonly UserRole[]): string {
  const named = roles.map((r) => WITH_ARTICLE[r]);
  return named.length <= 1 ? (named[0] ?? 'nobody') : `${named.slice(0, -1).join(', ')} or ${named.at(-1)}`;
}

/** One spelling per person: spaces run together and, beyond SQLite's ASCII-only NOCASE, any capitals. */
function nameKey(name: string): string {
  return name.normalize('NFKC').replace(/\s+/g, ' ').trim().toLocaleLowerCase('en');
}

function tidyName(name: string): string {
  return name.replace(/\s+/g, ' ').trim();
}

export class UserDirectory {
  private readonly repo: UserRepository;
  // Read at each check, so a change in the settings applies at once.
  private readonly attemptsSetting: () => number;
  private readonly lockMinutesSetting: () => number;
  private readonly log: (message: string) => void;
  private readonly security: (message: string) => void;
  private readonly pinCostLn: number | undefined;

  constructor(
    db: Db,
    private readonly clock: Clock,
    options: UserDirectoryOptions = {},
  ) {
    this.repo = new UserRepository(db);
    const setting = (v: number | (() => number) | undefined, fallback: number) => (typeof v === 'function' ? v : () => v ?? fallback);
    this.attemptsSetting = setting(options.maxAttempts, 5);
    this.lockMinutesSetting = setting(options.lockMinutes, 5);
    this.log = options.log ?? (() => {});
    this.pinCostLn = options.pinCostLn;
    const onSecurityEvent = options.onSecurityEvent ?? (() => {});
    this.security = (message) => {
      this.log(message);
      onSecurityEvent(message);
    };
  }

  status(): UsersStatusView {
    const users = this.repo.all();
    return { setUp: users.length > 0, users: users.map((u) => this.view(u)) };
  }

  /** First start only: the station's first admin. Refused once anyone exists, so nobody can use the
   *  setup screen to make themselves an admin later. */
  setUp(name: string, pin: string): UserView {
    const pinHash = hashPin(pin, this.pinCostLn);
    const user = this.repo.exclusive(() => {
      if (this.repo.count() > 0) {
        throw notAllowed('This station is already set up: an admin adds users under Settings → Users');
      }
      return this.insert({ name, role: 'admin', pinHash }, null);
    });
    this.log(`Station set up: ${user.name} is its first admin`);
    return this.view(user);
  }

  /** An admin, confirming with their own PIN, adds a user. */
  add(input: NewUser, admin: SignedBy): UserView {
    const by = this.verify(admin.userId, admin.pin, ['admin'], 'add a user', 'admin');
    const pinHash = hashPin(input.pin, this.pinCostLn);
    const user = this.repo.exclusive(() => this.insert({ name: input.name, role: input.role, pinHash }, by.userId));
    this.log(`${by.name} added ${user.name} as ${WITH_ARTICLE[user.role]}`);
    return this.view(user);
  }

  /**
   * Proves that the person is `userId` (their PIN) and that their role may do `action` (e.g. "sign
   * off a discharge"). Throws a refusal with a message for the screen otherwise. The PIN is checked
   * before the role, so a wrong PIN learns nothing about the user; a right PIN with the wrong role
   * is refused without counting as a wrong try. `field` names the input ("signOff", "admin") so the
   * screen can show the message at the user or PIN field.
   */
  verify(userId: string, pin: string, allowed: readonly UserRole[], action: string, field = 'signOff'): VerifiedUser {
    const prefix = field === '' ? '' : `${field}.`;
    const userPath = `${prefix}userId`;
    const pinPath = `${prefix}pin`;
    const now = this.clock.now();
    const nowIso = new Date(now).toISOString();
    this.repo.clearExpiredLock(userId, nowIso);
    const user = this.repo.byId(userId);
    if (!user) throw notAllowed('That user is not known at this station: choose your name from the list again', userPath);

    if (user.lockedUntil !== null) {
      throw notAllowed(this.lockedMessage(user.name, user.lockedUntil), pinPath);
    }

    if (!verifyPin(pin, user.pinHash)) {
      const { failedAttempts, lockedUntil } = this.repo.recordWrongPin(user.id, this.maxAttempts, new Date(now + this.lockMs).toISOString());
      this.security(`Wrong PIN for ${user.name} (${user.id}) trying to ${action}: ${failedAttempts} of ${this.maxAttempts}`);
      if (lockedUntil !== null) {
        this.security(`${user.name} (${user.id}) is locked until ${lockedUntil} after ${this.maxAttempts} wrong PINs`);
        throw notAllowed(`Wrong PIN. ${this.lockedMessage(user.name, lockedUntil)}`, pinPath);
      }
      const left = this.maxAttempts - failedAttempts;
      throw notAllowed(`Wrong PIN for ${user.name}: ${left} ${left === 1 ? 'try' : 'tries'} left`, pinPath);
    }
    this.repo.resetFailures(user.id);

    if (!allowed.includes(user.role)) {
      throw notAllowed(`Only ${roleList(allowed)} can ${action}; ${user.name} is ${WITH_ARTICLE[user.role]}`, userPath);
    }
    return { userId: user.id, name: user.name, role: user.role };
  }

  private get maxAttempts(): number {
    return this.attemptsSetting();
  }

  private get lockMs(): number {
    return this.lockMinutesSetting() * 60_000;
  }

  private lockedMessage(name: string, lockedUntilIso: string): string {
    return `${name} is locked until ${formatClockTime(Date.parse(lockedUntilIso))} after ${this.maxAttempts} wrong PINs`;
  }

  /** Inside `exclusive`: the name check and the insert see the same users. */
  private insert(user: { name: string; role: UserRole; pinHash: string }, createdBy: string | null): UserRow {
    const name = tidyName(user.name);
    const taken = this.repo.all().find((u) => nameKey(u.name) === nameKey(name));
    if (taken) {
      throw notAllowed(`There is already a user called ${taken.name}: each person needs a name of their own (capitals do not count)`, 'name');
    }
    const row: UserRow = {
      id: randomUUID(),
      name,
      role: user.role,
      pinHash: user.pinHash,
      createdAt: new Date(this.clock.now()).toISOString(),
      createdBy,
      failedAttempts: 0,
      lockedUntil: null,
    };
    this.repo.insert(row);
    return row;
  }

  private view(user: UserRow): UserView {
    const locked = user.lockedUntil !== null && Date.parse(user.lockedUntil) > this.clock.now();
    return { userId: user.id, name: user.name, role: user.role, locked };
  }
}
