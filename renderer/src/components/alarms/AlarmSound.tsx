// The room's alarm sound, and a plain banner when the browser holds it back until someone clicks.
import type { BoardView } from '../../../../shared/api/views';
import { useAlarmSound } from '../../alarm-sound/useAlarmSound';

export function AlarmSound(props: { board: BoardView | null }) {
  const { blocked } = useAlarmSound(props.board);
  if (!blocked) return null;
  return (
    <div role="alert" className="sound-blocked-banner">
      <strong>Alarm sound is blocked by the browser — click anywhere to enable it</strong>
    </div>
  );
}
