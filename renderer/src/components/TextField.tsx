// A labelled input with its optional hint and its error message right beside it.
import { useId, type HTMLAttributes } from 'react';

export interface TextFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  /** Shown under the label; "Optional" fields say so here, outside the accessible name. */
  hint?: string;
  optional?: boolean;
  type?: 'text' | 'date' | 'time';
  inputMode?: HTMLAttributes<HTMLInputElement>['inputMode'];
  size?: 'xs' | 's' | 'm' | 'l';
  autoComplete?: string;
  required?: boolean;
  id?: string;
  placeholder?: string;
  autoFocus?: boolean;
  disabled?: boolean;
}

export function TextField(props: TextFieldProps) {
  const generated = useId();
  const id = props.id ?? generated;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const hint = [props.optional ? 'Optional' : null, props.hint ?? null].filter(Boolean).join(' · ');
  const describedBy = [hint ? hintId : null, props.error ? errorId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field field--${props.size ?? 'm'}${props.error ? ' field--invalid' : ''}`}>
      <label htmlFor={id} className="field-label">
        {props.label}
      </label>
      {hint && (
        <span id={hintId} className="field-hint">
          {hint}
        </span>
      )}
      <input
        id={id}
        className="field-input"
        type={props.type ?? 'text'}
        inputMode={props.inputMode}
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={describedBy}
        autoComplete={props.autoComplete ?? 'off'}
        required={props.required}
        placeholder={props.placeholder}
        autoFocus={props.autoFocus}
        disabled={props.disabled}
        spellCheck={false}
      />
      {props.error && (
        <span id={errorId} className="field-error">
          {props.error}
        </span>
      )}
    </div>
  );
}
