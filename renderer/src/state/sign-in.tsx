// The person signed in at this screen. Every request that changes a record carries their sign-in
// token as `by`; the station records their name. The token lives in this tab's session storage, so a
// reload keeps the sign-in while the station still honours it, and closing the tab ends it here.
// After the inactivity lock time without a touch, the screen signs out by itself: the board, its
// timers, alarms and sound go on; acting again needs a PIN.
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { SignInView } from '../../../shared/api/views';
import { useStationApi } from '../api/station-context';

const STORAGE_KEY = 'observation-station.sign-in';

interface SignInState {
  signedIn: SignInView | null;
  /** Why the last sign-in ended, when the screen ended it (locked, or the station ended it). */
  endedBecause: string | null;
  accept(view: SignInView): void;
  signOut(reason?: string): void;
}

const SignInContext = createContext<SignInState | null>(null);

function readStored(): SignInView | null {
  try {
    const raw = window.sessionStorage.getItem(STORAGE_KEY);
    return raw ? (JSON.parse(raw) as SignInView) : null;
  } catch {
    return null;
  }
}

function store(view: SignInView | null): void {
  try {
    if (view) window.sessionStorage.setItem(STORAGE_KEY, JSON.stringify(view));
    else window.sessionStorage.removeItem(STORAGE_KEY);
  } catch {
    // Storage unavailable: the sign-in holds for this page only.
  }
}

const ACTIVITY_EVENTS = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;

export function SignInProvider(props: { children: ReactNode }) {
  const api = useStationApi();
  const [signedIn, setSignedIn] = useState<SignInView | null>(readStored);
  const [endedBecause, setEndedBecause] = useState<string | null>(null);

  const accept = useCallback((view: SignInView) => {
    store(view);
    setSignedIn(view);
    setEndedBecause(null);
  }, []);

  const signOut = useCallback(
    (reason?: string) => {
      setSignedIn((current) => {
        // The station forgets the token too; if it cannot be reached, the token ends by itself.
        if (current) void api['users.signOut']({ token: current.token }).catch(() => undefined);
        return null;
      });
      store(null);
      setEndedBecause(reason ?? null);
    },
    [api],
  );

  // The inactivity lock: any touch or key restarts the wait.
  useEffect(() => {
    if (!signedIn) return;
    const ms = signedIn.lockAfterMinutes * 60_000;
    let timer = window.setTimeout(lock, ms);
    function lock() {
      signOut(`The screen locked itself after ${signedIn!.lockAfterMinutes} min without use. Timers and alarms went on.`);
    }
    const restart = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(lock, ms);
    };
    for (const e of ACTIVITY_EVENTS) window.addEventListener(e, restart, { passive: true });
    return () => {
      window.clearTimeout(timer);
      for (const e of ACTIVITY_EVENTS) window.removeEventListener(e, restart);
    };
  }, [signedIn, signOut]);

  const value = useMemo(() => ({ signedIn, endedBecause, accept, signOut }), [signedIn, endedBecause, accept, signOut]);
  return <SignInContext.Provider value={value}>{props.children}</SignInContext.Provider>;
}

export function useSignIn(): SignInState {
  const value = useContext(SignInContext);
  if (!value) throw new Error('SignInProvider is missing');
  return value;
}
