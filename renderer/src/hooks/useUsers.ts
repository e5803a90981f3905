// The station's users (names, roles, locked or not; never PINs) and whether it has been set up.
// The core sends no event when users change, so the list is fetched on (re)connect and whenever a
// part of the screen that picks a user appears; a request that answers with the list shows it at once.
// One copy is shared by the whole screen (UsersContext), so a user added in Settings is offered
// for sign-off straight away.
import { createContext, useCallback, useContext, useEffect, useRef, useState } from 'react';
import type { UsersStatusView } from '../../../shared/api/views';
import { useConnectionStatus, useStationApi } from '../api/station-context';
import { toStationApiError } from '../api/station-api-error';

export interface UsersState {
  status: UsersStatusView | null;
  error: string | null;
  update(status: UsersStatusView): void;
  /** Fetches the list again (lock states and users added at another screen). */
  refresh(): void;
}

/** Fetches and holds the list; used once, by the setup gate, which shares it through UsersContext. */
export function useUsersStatus(): UsersState {
  const api = useStationApi();
  const connection = useConnectionStatus();
  const [status, setStatus] = useState<UsersStatusView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const update = useCallback((next: UsersStatusView) => {
    setStatus(next);
    setError(null);
  }, []);

  const refresh = useCallback(() => {
    api['users.status']({}).then(
      (next) => {
        if (mounted.current) update(next);
      },
      (e: unknown) => {
        if (mounted.current) setError(toStationApiError(e).message);
      },
    );
  }, [api, update]);

  useEffect(() => {
    if (connection === 'connected') refresh();
  }, [connection, refresh]);

  return { status, error, update, refresh };
}

export const UsersContext = createContext<UsersState | null>(null);

export function useUsers(): UsersState {
  const value = useContext(UsersContext);
  if (!value) throw new Error('The users list is missing: the screen must be inside SetupGate');
  return value;
}
