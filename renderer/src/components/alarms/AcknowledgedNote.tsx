// "Acknowledged by Nurse Ana at 10:42": who took an alarm in hand, and when.
import type { AlarmView } from '../../../../shared/api/views';
import { clock } from '../../format/time';

export function AcknowledgedNote(props: { acknowledged: NonNullable<AlarmView['acknowledged']>; id?: string }) {
  const { by, at } = props.acknowledged;
  return (
    <span className="alarm-acknowledged" id={props.id} tabIndex={props.id ? -1 : undefined}>
      Acknowledged by {by} at <time dateTime={at}>{clock(at)}</time>
    </span>
  );
}
