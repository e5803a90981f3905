// Runs one request for a form: tracks "saving", keeps the error to show at the action, and refuses
// before sending when nobody is signed in (every entry records who made it). When the station says
// the sign-in has ended, the screen signs out and says why.
import { useCallback, useRef, useState } from 'react';
import { StationApiError, toStationApiError, type FieldIssue } from '../api/station-api-error';
import { useSignIn } from '../state/sign-in';

export const NOT_SIGNED_IN = 'Sign in first (“Sign in” at the top of the screen): every entry records who made it.';

export interface Action {
  pending: boolean;
  error: StationApiError | null;
  /** Sends the request with the station user's name; resolves with the result, or undefined when it failed. */
  run<T>(send: (by: string) => Promise<T>): Promise<T | undefined>;
  /** The same, for requests that do not record a name. */
  runAnonymous<T>(send: () => Promise<T>): Promise<T | undefined>;
  /** Shows a problem found before sending (nothing is sent). */
  fail(message: string, issues?: FieldIssue[]): void;
  clear(): void;
}

export function useAction(): Action {
  const { signedIn, signOut } = useSignIn();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<StationApiError | null>(null);
  const busy = useRef(false);

  const runAnonymous = useCallback(async <T,>(send: () => Promise<T>): Promise<T | undefined> => {
    if (busy.current) return undefined;
    busy.current = true;
    setPending(true);
    setError(null);
    try {
      return await send();
    } catch (e) {
      const error = toStationApiError(e);
      setError(error);
      if (error.code === 'signed-out') signOut(error.message);
      return undefined;
    } finally {
      busy.current = false;
      setPending(false);
    }
  }, [signOut]);

  const run = useCallback(
    async <T,>(send: (by: string) => Promise<T>): Promise<T | undefined> => {
      if (!signedIn) {
        setError(new StationApiError('invalid-input', NOT_SIGNED_IN));
        return undefined;
      }
      return runAnonymous(() => send(signedIn.token));
    },
    [signedIn, runAnonymous],
  );

  const fail = useCallback((message: string, issues: FieldIssue[] = []) => {
    setError(new StationApiError('invalid-input', message, issues));
  }, []);
  const clear = useCallback(() => setError(null), []);

  return { pending, error, run, runAnonymous, fail, clear };
}

/** The message for one field, when the error names it. */
export function fieldError(error: StationApiError | null, path: string): string | undefined {
  return error?.issues.find((i) => i.path === path)?.message;
}
