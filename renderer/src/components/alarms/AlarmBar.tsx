// The room's active alarms, under the header on every screen: highest priority first, oldest first
// within a priority (the core's order). Each says its priority in words, the chair (a button that
// opens the session) and what is wrong as the core worded it, when it was raised, and who
// acknowledged it or a button to.
import type { AlarmView, BoardView } from '../../../../shared/api/views';
import { alarmMessageParts } from '../../format/alarms';
import { clock } from '../../format/time';
import { AcknowledgeButton } from './AcknowledgeButton';
import { AcknowledgedNote } from './AcknowledgedNote';
import { PriorityBadge } from './PriorityBadge';

const acknowledgedId = (alarmId: string) => `alarm-bar-acknowledged-${alarmId}`;

function AlarmRow(props: { alarm: AlarmView; onOpen: (sessionId: string, chairId: string) => void; onBoard: (board: BoardView) => void }) {
  const { alarm } = props;
  const { subject, rest } = alarmMessageParts(alarm);
  return (
    <li className={`alarm-row alarm-row--${alarm.priority}${alarm.acknowledged ? ' alarm-row--acknowledged' : ''}`}>
      <PriorityBadge priority={alarm.priority} />
      <p className="alarm-message">
        <button
          type="button"
          className="alarm-chair"
          aria-label={`${subject}: show session`}
          onClick={() => props.onOpen(alarm.sessionId, alarm.chairId)}
        >
          {subject}
        </button>
        {rest}
      </p>
      <span className="alarm-raised">
        raised <time dateTime={alarm.raisedAt}>{clock(alarm.raisedAt)}</time>
      </span>
      {alarm.acknowledged ? (
        <AcknowledgedNote acknowledged={alarm.acknowledged} id={acknowledgedId(alarm.alarmId)} />
      ) : (
        <AcknowledgeButton alarm={alarm} focusAfter={acknowledgedId(alarm.alarmId)} onBoard={props.onBoard} />
      )}
    </li>
  );
}

export function AlarmBar(props: {
  alarms: AlarmView[];
  onOpen: (sessionId: string, chairId: string) => void;
  onBoard: (board: BoardView) => void;
}) {
  if (props.alarms.length === 0) return null;
  return (
    <section className="alarm-bar" role="region" aria-label="Active alarms">
      <ul className="alarm-list">
        {props.alarms.map((alarm) => (
          <AlarmRow key={alarm.alarmId} alarm={alarm} onOpen={props.onOpen} onBoard={props.onBoard} />
        ))}
      </ul>
    </section>
  );
}
