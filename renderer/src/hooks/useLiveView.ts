// A view the core keeps current: fetched when shown and after every reconnect, then replaced by each
// event that carries it. A request that answers with the same view shows its answer at once through
// `update`. `pick` chooses between the view held and one arriving (e.g. the newer board).
import { useCallback, useEffect, useState } from 'react';
import type { EventName, EventPayloads } from '../../../shared/api/contract';
import { useConnectionStatus, useStationApi } from '../api/station-context';
import { toStationApiError } from '../api/station-api-error';

export interface LiveView<T> {
  view: T | null;
  error: string | null;
  update(view: T): void;
}

/** The arriving view replaces the one held. Module-level, so it is the same function on every render. */
function latest<T>(_current: T | null, next: T): T {
  return next;
}

/** `pick` must be a stable (module-level) function: a new one each render would resubscribe and refetch. */
export function useLiveView<E extends EventName>(
  event: E,
  fetch: () => Promise<EventPayloads[E]>,
  pick: (current: EventPayloads[E] | null, next: EventPayloads[E]) => EventPayloads[E] = latest,
): LiveView<EventPayloads[E]> {
  type T = EventPayloads[E];
  const api = useStationApi();
  const status = useConnectionStatus();
  const [view, setView] = useState<T | null>(null);
  const [error, setError] = useState<string | null>(null);

  const update = useCallback(
    (next: T) => {
      setView((current) => pick(current, next));
      setError(null);
    },
    [pick],
  );

  useEffect(() => api.on(event, update), [api, event, update]);

  useEffect(() => {
    if (status !== 'connected') return;
    let live = true;
    fetch().then(
      (next) => {
        if (live) update(next);
      },
      (e: unknown) => {
        if (live) setError(toStationApiError(e).message);
      },
    );
    return () => {
      live = false;
    };
    // `fetch` is left out on purpose: callers make a new one on every render, and the view is
    // fetched again only on (re)connect.
  }, [api, status, update]);

  return { view, error, update };
}
