// The next scheduled check in words, coloured by the state the core gave it.
import type { CheckView } from '../../../shared/api/views';
import { checkName } from '../format/labels';
import { clock, minutesText, minutesUntil } from '../format/time';

export function nextCheckText(check: CheckView, now: string): string {
  const name = checkName(check.label);
  switch (check.state) {
    case 'upcoming':
      return check.dueAt ? `${name} at ${clock(check.dueAt)} (in ${minutesText(minutesUntil(now, check.dueAt))})` : `${name} upcoming`;
    case 'due':
      return check.dueAt ? `${name} due now (since ${clock(check.dueAt)})` : `${name} due now`;
    case 'overdue':
      return check.dueAt ? `${name} OVERDUE — was due ${clock(check.dueAt)}` : `${name} OVERDUE`;
    case 'missed':
      return check.dueAt ? `${name} missed — was due ${clock(check.dueAt)}` : `${name} missed`;
    case 'pending':
      return `${name}: timed from the dose`;
    case 'done':
      return `${name} done`;
  }
}

export function NextCheckLine(props: { check: CheckView | null; now: string }) {
  const { check } = props;
  if (!check) {
    return <p className="next-check next-check--done">All scheduled checks done</p>;
  }
  return <p className={`next-check next-check--${check.state}`}>{nextCheckText(check, props.now)}</p>;
}
