// The protocol's scheduled checks with the state the core gave each, in words and colour.
import type { CheckView } from '../../../../shared/api/views';
import { CHECK_STATE_LABELS, checkName, measureList } from '../../format/labels';
import { clock, minutesText, minutesUntil } from '../../format/time';

function timing(check: CheckView, now: string): string {
  switch (check.state) {
    case 'done':
      return check.doneAt ? `done at ${clock(check.doneAt)}` : 'done';
    case 'upcoming':
      return check.dueAt ? `due ${clock(check.dueAt)} (in ${minutesText(minutesUntil(now, check.dueAt))})` : '';
    case 'due':
      return check.dueAt ? `due ${clock(check.dueAt)}` : 'due now, before the dose';
    case 'overdue':
    case 'missed':
      return check.dueAt ? `due ${clock(check.dueAt)}` : 'not recorded before the dose';
    case 'pending':
      return 'timed from the dose';
  }
}

/** In a closed record a check is done, missed, or simply was not recorded; "due" and "upcoming"
 *  belong to a session that is still running. */
function closedState(check: CheckView): { state: string; label: string; timing: string } | null {
  if (check.state === 'done' || check.state === 'missed') return null;
  return { state: 'not-recorded', label: 'Not recorded', timing: check.dueAt ? `was due ${clock(check.dueAt)}` : '' };
}

export function ChecksList(props: { checks: CheckView[]; now: string; readOnly: boolean }) {
  return (
    <section className="panel" aria-labelledby="checks-title">
      <h3 className="panel-title" id="checks-title">
        Scheduled checks
      </h3>
      <ol className="checks">
        {props.checks.map((c) => {
          const closed = props.readOnly ? closedState(c) : null;
          return (
            <li key={c.id} className={`check check--${closed?.state ?? c.state}`}>
              <span className="check-name">{checkName(c.label)}</span>
              <span className="check-state">{closed?.label ?? CHECK_STATE_LABELS[c.state]}</span>
              <span className="check-timing">{closed?.timing ?? timing(c, props.now)}</span>
              {c.state !== 'done' && c.missing.length > 0 && (
                <span className="check-missing">
                  {props.readOnly ? 'Not recorded' : 'Needs'}: {measureList(c.missing)}
                </span>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
