// Pauses alarm sound for the whole room for the configured time, or ends the pause early. While
// paused it says so, with the time left and who paused it; the sound re-arms by itself (the core
// decides when). Shown while there are active alarms or a pause is running.
import type { BoardView } from '../../../../shared/api/views';
import { useStationApi } from '../../api/station-context';
import { focusWhenPresent } from '../../focus';
import { shortCountdown } from '../../format/time';
import { useAction } from '../../hooks/useAction';
import { FormAlert } from '../FormAlert';

const PAUSE_ID = 'alarm-sound-pause';
const RESUME_ID = 'alarm-sound-resume';

export function AudioPauseControl(props: { board: BoardView; onBoard: (board: BoardView) => void }) {
  const { board, onBoard } = props;
  const { audio } = board;
  const api = useStationApi();
  const action = useAction();
  if (board.alarms.length === 0 && audio.pausedUntil === null) return null;

  async function send(request: 'alarms.pauseAudio' | 'alarms.resumeAudio') {
    const next = await action.run((by) => api[request]({ by }));
    if (!next) return;
    onBoard(next);
    // The button pressed gives way to the other one: keep the keyboard there.
    focusWhenPresent([request === 'alarms.pauseAudio' ? RESUME_ID : PAUSE_ID]);
  }

  const left = audio.pausedUntil === null ? 0 : Date.parse(audio.pausedUntil) - Date.parse(board.now);
  return (
    <div className="audio-pause" role="group" aria-label="Alarm sound">
      {audio.pausedUntil === null ? (
        <button id={PAUSE_ID} type="button" className="button button--audio-pause" disabled={action.pending} onClick={() => void send('alarms.pauseAudio')}>
          Pause alarm sound ({audio.pauseMinutes} min)
        </button>
      ) : (
        <>
          <p className="audio-paused">
            <strong>Alarm sound paused</strong> — <span className="audio-paused-left">{shortCountdown(left)} left</span>
            {audio.pausedBy && <> (by {audio.pausedBy})</>}
          </p>
          <button id={RESUME_ID} type="button" className="button" disabled={action.pending} onClick={() => void send('alarms.resumeAudio')}>
            Resume sound now
          </button>
        </>
      )}
      <FormAlert error={action.error} className="form-alert--inline" />
    </div>
  );
}
