// One scheduled check in the protocol editor's table: its name, pre-dose or timed, the minute and the
// window around it, and what it measures. A pre-dose check has no minute: it happens before the dose.
// The core's messages about the check appear in a line right under its row, and the fields they
// name are marked.
import { useId } from 'react';
import { ALL_MEASURES, type Measure } from '../../../../shared/domain/protocols';
import type { StationApiError } from '../../api/station-api-error';
import { MEASURE_LABELS } from '../../format/labels';
import { messageAt } from './issues';
import { withMinute, type CheckForm } from './protocol-form';

const COLUMNS = 7;

function CellInput(props: { label: string; value: string; onChange: (value: string) => void; wrong: boolean; errorId: string; numeric?: boolean; placeholder?: string }) {
  return (
    <input
      className="field-input checks-input"
      aria-label={props.label}
      value={props.value}
      onChange={(e) => props.onChange(e.target.value)}
      inputMode={props.numeric ? 'numeric' : undefined}
      placeholder={props.placeholder}
      aria-invalid={props.wrong || undefined}
      aria-describedby={props.wrong ? props.errorId : undefined}
      autoComplete="off"
      spellCheck={false}
    />
  );
}

export function CheckRow(props: {
  check: CheckForm;
  number: number;
  /** The row's place in the list sent to the core, for its messages ('protocol.checks.2.atMin'). */
  index: number;
  onChange: (check: CheckForm) => void;
  onRemove: () => void;
  canRemove: boolean;
  error: StationApiError | null;
}) {
  const { check, number } = props;
  const errorId = useId();
  const set = (change: Partial<CheckForm>) => props.onChange({ ...check, ...change });
  const prefix = `protocol.checks.${props.index}.`;
  const at = (field: string) => messageAt(props.error, `${prefix}${field}`);
  const wrong = (field: string) => at(field) !== undefined;
  const messages = [...new Set((props.error?.issues ?? []).filter((i) => i.path.startsWith(prefix)).map((i) => i.message))];
  const name = `Check ${number}`;
  const toggle = (m: Measure, on: boolean) => set({ measures: ALL_MEASURES.filter((x) => (x === m ? on : check.measures.includes(x))) });
  const timed = check.when === 'timed';
  const rowClass = messages.length > 0 ? 'checks-row checks-row--invalid' : 'checks-row';
  return (
    <>
      <tr className={rowClass}>
        <td>
          <CellInput label={`${name} name`} value={check.label} onChange={(label) => set({ label })} wrong={wrong('label') || wrong('id')} errorId={errorId} />
        </td>
        <td>
          <select
            className="field-input checks-input"
            aria-label={`${name} when`}
            value={check.when}
            onChange={(e) => set({ when: e.target.value as CheckForm['when'] })}
            aria-invalid={wrong('when') || undefined}
            aria-describedby={wrong('when') ? errorId : undefined}
          >
            <option value="pre-dose">Pre-dose</option>
            <option value="timed">After dose</option>
          </select>
        </td>
        {timed ? (
          <>
            <td>
              <CellInput label={`${name} at minute`} value={check.atMin} onChange={(atMin) => set(withMinute(check, atMin))} wrong={wrong('atMin')} errorId={errorId} numeric />
            </td>
            <td>
              <CellInput
                label={`${name} window before`}
                value={check.windowBeforeMin}
                onChange={(windowBeforeMin) => set({ windowBeforeMin })}
                wrong={wrong('windowBeforeMin')}
                errorId={errorId}
                numeric
              />
            </td>
            <td>
              <CellInput
                label={`${name} window after`}
                value={check.windowAfterMin}
                onChange={(windowAfterMin) => set({ windowAfterMin })}
                wrong={wrong('windowAfterMin')}
                errorId={errorId}
                numeric
                placeholder="open"
              />
            </td>
          </>
        ) : (
          <td colSpan={3} className="checks-before-dose">
            the baseline, before the dose
          </td>
        )}
        <td>
          <fieldset className="checks-measures" aria-label={`${name} measures`} aria-describedby={wrong('measures') ? errorId : undefined}>
            {ALL_MEASURES.map((m) => (
              <label key={m} className="checks-measure">
                <input type="checkbox" checked={check.measures.includes(m)} onChange={(e) => toggle(m, e.target.checked)} />
                {MEASURE_LABELS[m]}
              </label>
            ))}
          </fieldset>
        </td>
        <td>
          <button type="button" className="button button--small" onClick={props.onRemove} disabled={!props.canRemove} aria-label={`Remove ${name} (${check.label || 'no name'})`}>
            Remove
          </button>
        </td>
      </tr>
      {messages.length > 0 && (
        <tr className="checks-row-messages">
          <td colSpan={COLUMNS} id={errorId} className="field-error">
            {name}: {messages.join(' · ')}
          </td>
        </tr>
      )}
    </>
  );
}
