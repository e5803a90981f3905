// The chair board: every chair in its fixed place, sized so 4 chairs fill the screen and 12 still read
// from across the room.
import type { BoardView } from '../../../shared/api/views';
import { ChairTile } from './ChairTile';

/** Columns x rows for n chairs on a landscape screen. */
function gridShape(n: number): { cols: number; rows: number } {
  if (n <= 3) return { cols: n, rows: 1 };
  if (n === 4) return { cols: 2, rows: 2 };
  if (n <= 6) return { cols: 3, rows: 2 };
  if (n <= 8) return { cols: 4, rows: 2 };
  if (n === 9) return { cols: 3, rows: 3 };
  return { cols: 4, rows: 3 };
}

export function Board(props: {
  board: BoardView;
  onCheckIn: (chairId: string) => void;
  onOpen: (sessionId: string, chairId: string) => void;
}) {
  const { board } = props;
  const { cols, rows } = gridShape(board.chairs.length);
  const chairNames = new Map(board.chairs.map((c) => [c.chairId, c.chairName]));
  return (
    <div className={`board board--cols-${cols} board--rows-${rows}`}>
      {board.chairs.map((chair) => (
        <ChairTile key={chair.chairId} chair={chair} now={board.now} chairNames={chairNames} onCheckIn={props.onCheckIn} onOpen={props.onOpen} />
      ))}
    </div>
  );
}
