// The station's people for tests, made through the core's own requests: an admin at setup, then
// whoever a test names. Tests write `by: NURSE` (a person's name); `signedIn` turns the name into
// that person's live sign-in token, as the screen would after they entered their PIN.
import { SIGN_IN_TOKEN_PATTERN, type UserRole } from '../../shared/domain/users';
import type { StationCore } from '../../electron/station/station-core';

export interface TestUser {
  userId: string;
  name: string;
  pin: string;
}

export interface TestUsers {
  admin: TestUser;
  clinician: TestUser;
  nurse: TestUser;
  /** A clinician's sign-off, as `session.discharge` takes it. */
  clinicianSignOff: { userId: string; pin: string };
}

const ADMIN = { name: 'Ada Admin', pin: '9999' };
const CLINICIAN = { name: 'Dr Clare Lin', pin: '2468' };
const NURSE = { name: 'Nora Nurse', pin: '1357' };
/** Everyone else a test names is a nurse with this PIN, unless listed here. */
const ROLES: Record<string, UserRole> = { [ADMIN.name]: 'admin', [CLINICIAN.name]: 'clinician' };
const PINS: Record<string, string> = { [ADMIN.name]: ADMIN.pin, [CLINICIAN.name]: CLINICIAN.pin, [NURSE.name]: NURSE.pin };
const DEFAULT_PIN = '4321';

type Answer = { ok: true; result: unknown } | { ok: false; error: { code: string; message: string } };

function ask(core: StationCore, method: string, input: unknown): unknown {
  const r = core.handle(method, input) as Answer;
  if (r instanceof Promise) throw new Error(`${method} answers asynchronously`);
  if (!r.ok) throw new Error(`${method} refused: ${r.error.message}`);
  return r.result;
}

type Status = { setUp: boolean; users: Array<{ userId: string; name: string }> };

/** The user with this name, made (with the admin first, when the station is new) if missing. */
export function ensureUser(core: StationCore, name: string): TestUser {
  const pin = PINS[name] ?? DEFAULT_PIN;
  let status = ask(core, 'users.status', {}) as Status;
  if (!status.setUp) status = ask(core, 'users.setUp', ADMIN) as Status;
  const found = status.users.find((u) => u.name === name);
  if (found) return { userId: found.userId, name, pin };
  const admin = status.users.find((u) => u.name === ADMIN.name)!;
  status = ask(core, 'users.add', { name, role: ROLES[name] ?? 'nurse', pin, admin: { userId: admin.userId, pin: ADMIN.pin } }) as Status;
  return { userId: status.users.find((u) => u.name === name)!.userId, name, pin };
}

export function setUpUsers(core: StationCore): TestUsers {
  const admin = ensureUser(core, ADMIN.name);
  const clinician = ensureUser(core, CLINICIAN.name);
  const nurse = ensureUser(core, NURSE.name);
  return { admin, clinician, nurse, clinicianSignOff: { userId: clinician.userId, pin: clinician.pin } };
}

const tokens = new WeakMap<StationCore, Map<string, string>>();

/** A live sign-in token for the named person, as their screen holds it after they entered their PIN. */
export function signIn(core: StationCore, name: string): string {
  const user = ensureUser(core, name);
  const { token } = ask(core, 'users.signIn', { userId: user.userId, pin: user.pin }) as { token: string };
  let perCore = tokens.get(core);
  if (!perCore) tokens.set(core, (perCore = new Map()));
  perCore.set(name, token);
  return token;
}

/**
 * Sends a request as the named person would from a signed-in screen: `by` becomes their token. A
 * sign-in that ended (the test clock moved past the inactivity lock) is renewed once.
 */
export function handleSignedIn(core: StationCore, method: string, input: unknown): ReturnType<StationCore['handle']> {
  const by = (input as { by?: unknown } | null)?.by;
  if (typeof by !== 'string' || SIGN_IN_TOKEN_PATTERN.test(by)) return core.handle(method, input);
  const send = (token: string) => core.handle(method, { ...(input as object), by: token });
  const first = send(tokens.get(core)?.get(by) ?? signIn(core, by));
  if (first instanceof Promise || first.ok || first.error.code !== 'signed-out') return first;
  return send(signIn(core, by));
}
