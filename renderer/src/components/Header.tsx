// The top bar: the station clock (the core's, not this PC's), pausing the alarm sound, the person at
// the station, and the History, Forms due, Chair time and Settings dialogs.
import type { BoardView } from '../../../shared/api/views';
import { clockWithSeconds, shortDate } from '../format/time';
import { USER_NAME_INPUT_ID, useUserName } from '../state/user-name';
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
  const { name, setName } = useUserName();
  const { board } = props;
  const nameMissing = name.trim() === '';
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
      <div className={`user-name${nameMissing ? ' user-name--missing' : ''}`}>
        <label htmlFor={USER_NAME_INPUT_ID}>Your name</label>
        <input
          id={USER_NAME_INPUT_ID}
          value={name}
          onChange={(e) => setName(e.target.value)}
          autoComplete="off"
          spellCheck={false}
          maxLength={80}
          placeholder="Required"
        />
      </div>
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
