// The room's alarm sound, a plain banner when the browser holds it back until someone clicks, and a
// technical alarm of this screen's own when it has lost the station (no alarm could reach it then).
import type { BoardView } from '../../../../shared/api/views';
import { useAlarmSound } from '../../alarm-sound/useAlarmSound';
import { useConnectionLost } from '../../alarm-sound/useConnectionLost';

export function AlarmSound(props: { board: BoardView | null }) {
  const connectionLost = useConnectionLost();
  const { blocked } = useAlarmSound(props.board, connectionLost);
  return (
    <>
      {connectionLost && (
        <div role="alert" className="sound-blocked-banner">
          <strong>MEDIUM technical alarm: this screen has lost the station — alarms cannot reach it. Check the station PC.</strong>
        </div>
      )}
      {blocked && (
        <div role="alert" className="sound-blocked-banner">
          <strong>Alarm sound is blocked by the browser — click anywhere to enable it</strong>
        </div>
      )}
    </>
  );
}
