// The chair board, kept current by the core's 'board' event (sent every second and after every
// change). A request that answers with the board (acknowledging an alarm, pausing the sound) shows
// its answer at once through `update`.
import type { BoardView } from '../../../shared/api/views';
import { useStationApi } from '../api/station-context';
import { useLiveView } from './useLiveView';

export interface BoardState {
  board: BoardView | null;
  error: string | null;
  update(board: BoardView): void;
}

/** The newer of two boards, by the station clock: an answer may arrive after a later event. */
function newer(current: BoardView | null, next: BoardView): BoardView {
  return current && Date.parse(current.now) > Date.parse(next.now) ? current : next;
}

export function useBoard(): BoardState {
  const api = useStationApi();
  const { view, error, update } = useLiveView('board', () => api['board.get']({}), newer);
  return { board: view, error, update };
}
