// "Exit kiosk": only an admin's right PIN leaves kiosk mode, the core's refusal is passed on word for
// word, and the sign-in made for the check never outlives it.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiResponse } from '../../../shared/api/contract';
import { exitKioskWithPin, judgeKioskExit, type PinChecker } from '../../../electron/kiosk/kiosk-exit';
import type { StationCore } from '../../../electron/station/station-core';
import { FakeClock, openTestStation, tempDataDir } from '../../support/station';
import { ensureUser } from '../../support/users';

const signedIn = (role: string, name = 'Ada Admin'): ApiResponse<unknown> => ({
  ok: true,
  result: { token: 'tok-1', user: { userId: 'u1', name, role, locked: false }, lockAfterMinutes: 10 },
});

describe('judgeKioskExit', () => {
  it('an admin whose PIN was right may leave; the sign-in is ended', () => {
    expect(judgeKioskExit(signedIn('admin'))).toEqual({ result: { ok: true, message: 'Kiosk mode ended by Ada Admin.' }, tokenToEnd: 'tok-1', admin: 'Ada Admin' });
  });

  it.each(['nurse', 'clinician'])('a %s with the right PIN may not, and the sign-in is ended all the same', (role) => {
    const verdict = judgeKioskExit(signedIn(role, 'Nora Nurse'));
    expect(verdict.admin).toBeNull();
    expect(verdict.tokenToEnd).toBe('tok-1');
    expect(verdict.result).toEqual({ ok: false, message: 'Only an admin can exit kiosk mode; Nora Nurse is not an admin.', field: 'userId' });
  });

  it("passes the core's refusal on, at the field it names", () => {
    const refused: ApiResponse<unknown> = {
      ok: false,
      error: { code: 'not-allowed', message: 'Wrong PIN for Ada Admin: 4 tries left', issues: [{ path: 'pin', message: 'Wrong PIN for Ada Admin: 4 tries left' }] },
    };
    expect(judgeKioskExit(refused)).toEqual({ result: { ok: false, message: 'Wrong PIN for Ada Admin: 4 tries left', field: 'pin' }, tokenToEnd: null, admin: null });
    expect(judgeKioskExit({ ok: false, error: { code: 'internal', message: 'Boom' } }).result).toEqual({ ok: false, message: 'Boom' });
  });

  it('an answer it cannot read is a refusal', () => {
    expect(judgeKioskExit({ ok: true, result: null })).toMatchObject({ result: { ok: false }, admin: null });
    expect(judgeKioskExit({ ok: true, result: { token: 'tok-2' } })).toMatchObject({ result: { ok: false }, tokenToEnd: 'tok-2', admin: null });
  });
});

describe('exitKioskWithPin', () => {
  function fakeCore(answer: ApiResponse<unknown>) {
    const calls: Array<[string, unknown]> = [];
    const core: PinChecker = {
      handle: (method, input) => {
        calls.push([method, input]);
        return method === 'users.signIn' ? answer : { ok: true, result: null };
      },
    };
    return { core, calls };
  }

  it('signs in, signs out at once, then leaves kiosk mode for an admin', async () => {
    const { core, calls } = fakeCore(signedIn('admin'));
    const left: string[] = [];
    const result = await exitKioskWithPin(core, 'u1', '9999', (admin) => left.push(admin));
    expect(result.ok).toBe(true);
    expect(calls).toEqual([
      ['users.signIn', { userId: 'u1', pin: '9999' }],
      ['users.signOut', { token: 'tok-1' }],
    ]);
    expect(left).toEqual(['Ada Admin']);
  });

  it('does not leave for anyone else', async () => {
    const { core } = fakeCore(signedIn('nurse', 'Nora Nurse'));
    const left: string[] = [];
    expect((await exitKioskWithPin(core, 'u1', '1357', (a) => left.push(a))).ok).toBe(false);
    expect(left).toEqual([]);
  });

  it('refuses input that is not a pair of strings before asking the core', async () => {
    const { core, calls } = fakeCore(signedIn('admin'));
    expect(await exitKioskWithPin(core, undefined, '9999', () => undefined)).toMatchObject({ ok: false, field: 'userId' });
    expect(await exitKioskWithPin(core, 'u1', { pin: '9999' }, () => undefined)).toMatchObject({ ok: false, field: 'pin' });
    expect(calls).toEqual([]);
  });

  it('a core that throws is a refusal, not a crash', async () => {
    const core: PinChecker = {
      handle: () => {
        throw new Error('database closed');
      },
    };
    expect(await exitKioskWithPin(core, 'u1', '9999', () => undefined)).toEqual({ ok: false, message: 'The station could not check the PIN. Try again.' });
  });
});

describe('exitKioskWithPin with the real station core', () => {
  let data: ReturnType<typeof tempDataDir>;
  let core: StationCore;
  beforeEach(() => {
    data = tempDataDir();
    core = openTestStation(data.dir, new FakeClock());
  });
  afterEach(() => {
    core.close();
    data.remove();
  });

  it("an admin's PIN leaves kiosk mode and leaves no live sign-in behind", async () => {
    const admin = ensureUser(core, 'Ada Admin');
    let tokenSeen: string | null = null;
    const checker: PinChecker = {
      handle: (method, input) => {
        const answer = core.handle(method, input);
        if (method === 'users.signIn' && !(answer instanceof Promise) && answer.ok) tokenSeen = (answer.result as { token: string }).token;
        return answer;
      },
    };
    const left: string[] = [];
    expect(await exitKioskWithPin(checker, admin.userId, admin.pin, (a) => left.push(a))).toEqual({ ok: true, message: 'Kiosk mode ended by Ada Admin.' });
    expect(left).toEqual(['Ada Admin']);
    // The token the check made no longer works.
    const after = core.handle('alarms.pauseAudio', { by: tokenSeen });
    expect(after).toMatchObject({ ok: false, error: { code: 'signed-out' } });
  });

  it("a nurse's right PIN does not", async () => {
    const nurse = ensureUser(core, 'Nora Nurse');
    const left: string[] = [];
    const result = await exitKioskWithPin(core, nurse.userId, nurse.pin, (a) => left.push(a));
    expect(result).toEqual({ ok: false, message: 'Only an admin can exit kiosk mode; Nora Nurse is not an admin.', field: 'userId' });
    expect(left).toEqual([]);
  });

  it('wrong PINs count towards the lock, as anywhere else at the station', async () => {
    const admin = ensureUser(core, 'Ada Admin');
    const first = await exitKioskWithPin(core, admin.userId, '0000', () => undefined);
    expect(first).toEqual({ ok: false, message: 'Wrong PIN for Ada Admin: 4 tries left', field: 'pin' });
    for (let i = 0; i < 4; i++) await exitKioskWithPin(core, admin.userId, '0000', () => undefined);
    const locked = await exitKioskWithPin(core, admin.userId, admin.pin, () => undefined);
    expect(locked.ok).toBe(false);
    expect(locked.message).toMatch(/locked until/);
  });
});
