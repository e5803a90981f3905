// The top bar: the station clock (the core's, not this PC's), pausing the alarm sound, who is signed in, and the History, Forms due, Chair time and Settings dialogs.
import type { BoardView } from '../../../shared/api/views';
import { clockWithSeconds, shortDate } from '../format/time';
import { StationUser } from './users/StationUser';
import { KioskExit } from './KioskExit';
import { AudioPauseControl } from './alarms/AudioPauseControl';
import { TestClockControls } from './TestClockControls';

export function Header(props: {
  board: BoardView | null;
  onBoard: (board: BoardView) => void;
  onHistory: () => void;
  onFormsDue: () => void;
  onChairTime: () => void;
  onSettings: () => void;
}) {
  const { board } = props;
  return (
    <header className="app-header">
      <h1 className="app-title">Observation Station</h1>
      <div className="station-clock" aria-label="Station time">
        {board ? (
          <>
            <time className="station-clock-time" dateTime={board.now}>
              {clockWithSeconds(board.now)}
            </time>
            <span className="station-clock-date">{shortDate(board.now)}</span>
          </>
        ) : (
          <span className="station-clock-date">--:--:--</span>
        )}
      </div>
      {board?.testClock && <TestClockControls />}
      {board && <AudioPauseControl board={board} onBoard={props.onBoard} />}
      <StationUser />
      <KioskExit />
      <nav className="header-actions" aria-label="Station">
        <button type="button" className="button" onClick={props.onHistory}>
          History
        </button>
        <button type="button" className="button" onClick={props.onFormsDue}>
          Forms due
        </button>
        <button type="button" className="button" onClick={props.onChairTime}>
          Chair time
        </button>
        <button type="button" className="button" onClick={props.onSettings}>
          Settings
        </button>
      </nav>
    </header>
  );
}
