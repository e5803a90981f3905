// A labelled select with its optional hint and its error message right beside it, like TextField.
import { useId } from 'react';

export interface SelectOption {
  value: string;
  label: string;
}

export interface SelectFieldProps {
  label: string;
  value: string;
  options: readonly SelectOption[];
  onChange: (value: string) => void;
  /** The first, empty choice ("Choose a protocol"); omitted when a value is always chosen. */
  placeholder?: string;
  error?: string | undefined;
  hint?: string;
  size?: 'xs' | 's' | 'm' | 'l';
  id?: string;
  disabled?: boolean;
}

export function SelectField(props: SelectFieldProps) {
  const generated = useId();
  const id = props.id ?? generated;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [props.hint ? hintId : null, props.error ? errorId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field field--${props.size ?? 'm'}${props.error ? ' field--invalid' : ''}`}>
      <label htmlFor={id} className="field-label">
        {props.label}
      </label>
      {props.hint && (
        <span id={hintId} className="field-hint">
          {props.hint}
        </span>
      )}
      <select
        id={id}
        className="field-input"
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={describedBy}
        disabled={props.disabled}
      >
        {props.placeholder !== undefined && <option value="">{props.placeholder}</option>}
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {props.error && (
        <span id={errorId} className="field-error">
          {props.error}
        </span>
      )}
    </div>
  );
}
