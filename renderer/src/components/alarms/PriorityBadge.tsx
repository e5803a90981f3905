// An alarm's priority in words on its colour; HIGH and MEDIUM flash at their rates, LOW is steady.
import type { AlarmPriority } from '../../../../shared/domain/alarm-types';
import { PRIORITY_WORDS } from '../../format/alarms';

export function PriorityBadge(props: { priority: AlarmPriority }) {
  return <span className={`priority-badge priority-badge--${props.priority}`}>{PRIORITY_WORDS[props.priority]}</span>;
}
