// One session, kept current while it is on screen: fetched at open, again when the core says the
// session changed, and on every board heartbeat so its timer and check states tick with the board.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { SessionView } from '../../../shared/api/views';
import { useStationApi } from '../api/station-context';
import { toStationApiError } from '../api/station-api-error';

export interface SessionState {
  view: SessionView | null;
  error: string | null;
  /** A request's answer is the newest view: show it at once. */
  update(view: SessionView): void;
}

export function useSessionView(sessionId: string, heartbeat: string | null): SessionState {
  const api = useStationApi();
  const [view, setView] = useState<SessionView | null>(null);
  const [error, setError] = useState<string | null>(null);
  // Answers can arrive out of order: only the newest request's answer is shown.
  const generation = useRef(0);
  const inFlight = useRef(false);
  const readOnly = useRef(false);

  const refetch = useCallback(() => {
    if (inFlight.current) return;
    inFlight.current = true;
    const mine = ++generation.current;
    api['session.get']({ sessionId }).then(
      (v) => {
        inFlight.current = false;
        if (mine !== generation.current) return;
        readOnly.current = v.readOnly;
        setView(v);
        setError(null);
      },
      (e: unknown) => {
        inFlight.current = false;
        if (mine === generation.current) setError(toStationApiError(e).message);
      },
    );
  }, [api, sessionId]);

  const update = useCallback((v: SessionView) => {
    generation.current += 1;
    readOnly.current = v.readOnly;
    setView(v);
    setError(null);
  }, []);

  useEffect(() => {
    generation.current += 1;
    inFlight.current = false;
    readOnly.current = false;
    setView(null);
    refetch();
  }, [refetch]);

  useEffect(() => {
    // A closed record no longer changes.
    if (heartbeat !== null && !readOnly.current) refetch();
  }, [heartbeat, refetch]);

  useEffect(
    () =>
      api.on('session', ({ sessionId: changed }) => {
        if (changed === sessionId) refetch();
      }),
    [api, sessionId, refetch],
  );

  return { view, error, update };
}
