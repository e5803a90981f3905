// The chair board: fetched at start and after every reconnect, then kept current by the core's
// 'board' event (sent every second and after every change). A request that answers with the board
// (acknowledging an alarm, pausing the sound) shows its answer at once through `update`.
import { useCallback, useEffect, useState } from 'react';
import type { BoardView } from '../../../shared/api/views';
import { useConnectionStatus, useStationApi } from '../api/station-context';
import { toStationApiError } from '../api/station-api-error';

export interface BoardState {
  board: BoardView | null;
  error: string | null;
  update(board: BoardView): void;
}

/** The newer of two boards, by the station clock. */
function newer(current: BoardView | null, next: BoardView): BoardView {
  return current && Date.parse(current.now) > Date.parse(next.now) ? current : next;
}

export function useBoard(): BoardState {
  const api = useStationApi();
  const status = useConnectionStatus();
  const [board, setBoard] = useState<BoardView | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => api.on('board', (b) => {
    setBoard(b);
    setError(null);
  }), [api]);

  useEffect(() => {
    if (status !== 'connected') return;
    let live = true;
    api['board.get']({}).then(
      (b) => {
        if (!live) return;
        // An event may already have brought a newer board.
        setBoard((current) => newer(current, b));
        setError(null);
      },
      (e: unknown) => {
        if (live) setError(toStationApiError(e).message);
      },
    );
    return () => {
      live = false;
    };
  }, [api, status]);

  const update = useCallback((b: BoardView) => {
    setBoard((current) => newer(current, b));
    setError(null);
  }, []);

  return { board, error, update };
}
