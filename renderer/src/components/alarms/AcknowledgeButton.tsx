// Acknowledges one alarm in the name of the person at the station. The sound for it stops; the alarm
// stays listed until its condition clears. Afterwards focus goes to `focusAfter`, the line that now
// says who acknowledged it, so keyboard users are not left on nothing.
import type { AlarmView, BoardView } from '../../../../shared/api/views';
import { useStationApi } from '../../api/station-context';
import { focusWhenPresent } from '../../focus';
import { acknowledgeLabel } from '../../format/alarms';
import { useAction } from '../../hooks/useAction';
import { FormAlert } from '../FormAlert';

export function AcknowledgeButton(props: { alarm: AlarmView; focusAfter: string; onBoard?: (board: BoardView) => void }) {
  const { alarm, onBoard } = props;
  const api = useStationApi();
  const action = useAction();

  async function acknowledge() {
    const board = await action.run((by) => api['alarms.acknowledge']({ alarmId: alarm.alarmId, by }));
    if (!board) return;
    onBoard?.(board);
    focusWhenPresent([props.focusAfter]);
  }

  return (
    <div className="alarm-acknowledge">
      <button
        type="button"
        className="button button--alarm-ack"
        aria-label={acknowledgeLabel(alarm)}
        disabled={action.pending}
        onClick={() => void acknowledge()}
      >
        Acknowledge
      </button>
      <FormAlert error={action.error} className="form-alert--inline" />
    </div>
  );
}
