// A PIN input: hidden as it is typed, the number pad on a touch screen, never offered to a password
// manager or autofill. Laid out like TextField, with its error right under it.
import { useId } from 'react';

export function PinField(props: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  hint?: string;
  /** "new-password" for a PIN being chosen, so no saved password is filled in. */
  autoComplete?: 'off' | 'new-password';
  disabled?: boolean;
}) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [props.hint ? hintId : null, props.error ? errorId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field field--s pin-field${props.error ? ' field--invalid' : ''}`}>
      <label htmlFor={id} className="field-label">
        {props.label}
      </label>
      {props.hint && (
        <span id={hintId} className="field-hint">
          {props.hint}
        </span>
      )}
      <input
        id={id}
        className="field-input pin-input"
        type="password"
        inputMode="numeric"
        maxLength={8}
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={describedBy}
        autoComplete={props.autoComplete ?? 'off'}
        autoCorrect="off"
        autoCapitalize="off"
        spellCheck={false}
        disabled={props.disabled}
      />
      {props.error && (
        <span id={errorId} className="field-error">
          {props.error}
        </span>
      )}
    </div>
  );
}
