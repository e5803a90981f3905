// One blood pressure limit (systolic over diastolic) with what it does, and the core's messages about
// it, or about either value, right under the pair.
import { useId } from 'react';
import type { StationApiError } from '../../api/station-api-error';
import { messageAt, messagesUnder } from './issues';
import type { BpForm } from './protocol-form';

export function BpLimitField(props: {
  label: string;
  hint: string;
  value: BpForm;
  onChange: (value: BpForm) => void;
  /** The field's path in the core's messages, e.g. 'protocol.limits.crisisBp'. */
  path: string;
  error: StationApiError | null;
}) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const message = messagesUnder(props.error, props.path);
  const whole = messageAt(props.error, props.path) !== undefined;
  const systolicWrong = whole || messageAt(props.error, `${props.path}.systolic`) !== undefined;
  const diastolicWrong = whole || messageAt(props.error, `${props.path}.diastolic`) !== undefined;
  const describedBy = [hintId, message ? errorId : null].filter(Boolean).join(' ');
  return (
    <fieldset className={`bp-limit${message ? ' bp-limit--invalid' : ''}`} aria-describedby={describedBy}>
      <legend className="bp-limit-legend">{props.label}</legend>
      <span id={hintId} className="field-hint bp-limit-hint">
        {props.hint}
      </span>
      <div className="bp-limit-values">
        <span className="bp-limit-value">
          <label className="bp-limit-part" htmlFor={`${id}-systolic`}>
            Systolic
          </label>
          <input
            id={`${id}-systolic`}
            className="field-input"
            inputMode="numeric"
            value={props.value.systolic}
            onChange={(e) => props.onChange({ ...props.value, systolic: e.target.value })}
            aria-invalid={systolicWrong || undefined}
            aria-describedby={message ? errorId : undefined}
            autoComplete="off"
          />
        </span>
        <span className="bp-limit-slash" aria-hidden="true">
          /
        </span>
        <span className="bp-limit-value">
          <label className="bp-limit-part" htmlFor={`${id}-diastolic`}>
            Diastolic
          </label>
          <input
            id={`${id}-diastolic`}
            className="field-input"
            inputMode="numeric"
            value={props.value.diastolic}
            onChange={(e) => props.onChange({ ...props.value, diastolic: e.target.value })}
            aria-invalid={diastolicWrong || undefined}
            aria-describedby={message ? errorId : undefined}
            autoComplete="off"
          />
        </span>
        <span className="bp-limit-unit">mmHg</span>
      </div>
      {message && (
        <span id={errorId} className="field-error">
          {message}
        </span>
      )}
    </fieldset>
  );
}
