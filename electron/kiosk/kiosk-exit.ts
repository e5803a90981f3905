// Leaving kiosk mode takes an admin's PIN, checked by the station core like every other PIN: the
// same wrong-PIN count and lock, so the exit cannot be guessed at the screen. The shell signs the
// admin in, looks at the role the core reports, and ends that sign-in at once whatever the answer:
// the exit leaves no live sign-in behind for the screen or anyone else to use.
import type { ApiResponse } from '../../shared/api/contract';
import type { SignInView } from '../../shared/api/views';
import type { KioskExitResult } from '../ipc-channels';

/** The part of the station core this needs. */
export interface PinChecker {
  handle(method: string, input: unknown): ApiResponse<unknown> | Promise<ApiResponse<unknown>>;
}

export interface KioskExitVerdict {
  result: KioskExitResult;
  /** The sign-in the check made, to be ended now; null when the core refused the PIN. */
  tokenToEnd: string | null;
  /** The admin who may leave kiosk mode, when allowed. */
  admin: string | null;
}

const NOT_CHECKED = 'The station could not check the PIN. Try again.';

/** What the core's answer to users.signIn means for leaving kiosk mode. */
export function judgeKioskExit(answer: ApiResponse<unknown>): KioskExitVerdict {
  if (!answer.ok) {
    // Wrong PIN, locked user, unknown user, malformed PIN: the core's own words, at its field.
    const path = answer.error.issues?.[0]?.path;
    const field = path === 'userId' || path === 'pin' ? path : undefined;
    return { result: { ok: false, message: answer.error.message, ...(field ? { field } : {}) }, tokenToEnd: null, admin: null };
  }
  const view = answer.result as Partial<SignInView> | null;
  const token = typeof view?.token === 'string' ? view.token : null;
  const user = view?.user;
  if (!user || typeof user.name !== 'string') return { result: { ok: false, message: NOT_CHECKED }, tokenToEnd: token, admin: null };
  if (user.role !== 'admin') {
    return {
      result: { ok: false, message: `Only an admin can exit kiosk mode; ${user.name} is not an admin.`, field: 'userId' },
      tokenToEnd: token,
      admin: null,
    };
  }
  return { result: { ok: true, message: `Kiosk mode ended by ${user.name}.` }, tokenToEnd: token, admin: user.name };
}

/**
 * Checks the PIN with the core and, for an admin, calls `leave`. Input that is not a pair of strings
 * is refused before the core sees it; the core validates the rest (PIN format, known user).
 */
export async function exitKioskWithPin(core: PinChecker, userId: unknown, pin: unknown, leave: (admin: string) => void): Promise<KioskExitResult> {
  if (typeof userId !== 'string' || userId === '') return { ok: false, message: 'Choose an admin.', field: 'userId' };
  if (typeof pin !== 'string' || pin === '') return { ok: false, message: 'Type the admin PIN.', field: 'pin' };
  let verdict: KioskExitVerdict;
  try {
    verdict = judgeKioskExit(await core.handle('users.signIn', { userId, pin }));
  } catch {
    return { ok: false, message: NOT_CHECKED };
  }
  if (verdict.tokenToEnd !== null) {
    try {
      await core.handle('users.signOut', { token: verdict.tokenToEnd });
    } catch {
      // The sign-in then ends by itself after the inactivity lock time; the exit decision stands.
    }
  }
  if (verdict.admin !== null) leave(verdict.admin);
  return verdict.result;
}
