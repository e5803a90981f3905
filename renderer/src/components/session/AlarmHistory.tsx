// Every alarm of this session, newest first: priority, what it was, when it was raised, who
// acknowledged it, and when it resolved (or that it is still active, with a button to acknowledge).
import type { AlarmView } from '../../../../shared/api/views';
import { alarmDetail } from '../../format/alarms';
import { clock } from '../../format/time';
import { AcknowledgeButton } from '../alarms/AcknowledgeButton';
import { AcknowledgedNote } from '../alarms/AcknowledgedNote';
import { PriorityBadge } from '../alarms/PriorityBadge';

const acknowledgedId = (alarmId: string) => `alarm-history-acknowledged-${alarmId}`;

function AlarmHistoryItem(props: { alarm: AlarmView; readOnly: boolean }) {
  const { alarm } = props;
  const { resolvedAt } = alarm;
  const active = resolvedAt === null;
  return (
    <li className={`alarm-history-item${active ? ` alarm-history-item--active alarm-history-item--${alarm.priority}` : ''}`}>
      <PriorityBadge priority={alarm.priority} />
      <span className="alarm-history-message">{alarmDetail(alarm)}</span>
      <span className="alarm-history-times">
        <span>
          Raised <time dateTime={alarm.raisedAt}>{clock(alarm.raisedAt)}</time>
        </span>
        {alarm.acknowledged ? (
          <AcknowledgedNote acknowledged={alarm.acknowledged} id={active ? acknowledgedId(alarm.alarmId) : undefined} />
        ) : (
          !active && <span>Not acknowledged</span>
        )}
        {resolvedAt === null ? (
          <strong className="alarm-history-active">Active</strong>
        ) : (
          <span>
            Resolved <time dateTime={resolvedAt}>{clock(resolvedAt)}</time>
          </span>
        )}
      </span>
      {active && !alarm.acknowledged && !props.readOnly && (
        <AcknowledgeButton alarm={alarm} focusAfter={acknowledgedId(alarm.alarmId)} />
      )}
    </li>
  );
}

export function AlarmHistory(props: { alarms: AlarmView[]; readOnly: boolean }) {
  return (
    <section className="panel" aria-label="Alarm history">
      <h3 className="panel-title">Alarms</h3>
      {props.alarms.length === 0 ? (
        <p className="muted">No alarms in this session.</p>
      ) : (
        <ol className="alarm-history">
          {props.alarms.map((alarm) => (
            <AlarmHistoryItem key={alarm.alarmId} alarm={alarm} readOnly={props.readOnly} />
          ))}
        </ol>
      )}
    </section>
  );
}
