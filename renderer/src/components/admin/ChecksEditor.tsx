// The protocol's scheduled checks as a table the admin edits in place: add, change, remove. The
// schedule rules (one pre-dose check, no two checks at the same minute, no window opening before the
// dose) are the core's; its messages appear in the row they are about, or under the table.
import { useId } from 'react';
import type { StationApiError } from '../../api/station-api-error';
import { CheckRow } from './CheckRow';
import { messageAt } from './issues';
import { newCheck, type CheckForm } from './protocol-form';

const MAX_CHECKS = 20;

export function ChecksEditor(props: { checks: CheckForm[]; onChange: (checks: CheckForm[]) => void; error: StationApiError | null }) {
  const { checks } = props;
  const helpId = useId();
  const general = messageAt(props.error, 'protocol.checks');
  const replace = (index: number, check: CheckForm) => props.onChange(checks.map((c, i) => (i === index ? check : c)));
  const remove = (index: number) => props.onChange(checks.filter((_, i) => i !== index));
  return (
    <div className="checks-editor">
      <div className="checks-scroll">
        <table className={`checks-table${general ? ' checks-table--invalid' : ''}`} aria-label="Scheduled checks" aria-describedby={helpId}>
          <thead>
            <tr>
              <th scope="col">Check name</th>
              <th scope="col">When</th>
              <th scope="col">At minute</th>
              <th scope="col">Window before</th>
              <th scope="col">Window after</th>
              <th scope="col">Measures</th>
              <th scope="col">
                <span className="visually-hidden">Remove</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {checks.map((check, i) => (
              <CheckRow
                key={check.id}
                check={check}
                number={i + 1}
                index={i}
                onChange={(next) => replace(i, next)}
                onRemove={() => remove(i)}
                canRemove={checks.length > 1}
                error={props.error}
              />
            ))}
          </tbody>
        </table>
      </div>
      <p id={helpId} className="field-hint checks-help">
        Minutes count from the first device or the dose. A reading counts for a check from “window before” minutes ahead of it; “window after” closes it;
        left empty, the window stays open until the next check’s opens. The table is put in time order when you save.
      </p>
      {general && <p className="field-error">{general}</p>}
      <div className="form-actions">
        <button type="button" className="button" onClick={() => props.onChange([...checks, newCheck(checks)])} disabled={checks.length >= MAX_CHECKS}>
          Add check
        </button>
        {checks.length >= MAX_CHECKS && <span className="field-hint">A protocol has at most {MAX_CHECKS} checks.</span>}
      </div>
    </div>
  );
}
