// A labelled group of radio buttons (fieldset + legend), with a way to clear the choice.
import { useId, type ReactNode } from 'react';

export interface RadioOption<T extends string | number> {
  value: T;
  label: ReactNode;
}

export function RadioGroup<T extends string | number>(props: {
  legend: string;
  options: ReadonlyArray<RadioOption<T>>;
  value: T | null;
  onChange: (value: T | null) => void;
  error?: string | undefined;
  hint?: string;
  className?: string;
}) {
  const name = useId();
  const errorId = `${name}-error`;
  return (
    <fieldset
      className={`radio-group ${props.className ?? ''}${props.error ? ' radio-group--invalid' : ''}`}
      aria-describedby={props.error ? errorId : undefined}
    >
      <legend className="radio-group-legend">{props.legend}</legend>
      {props.hint && <span className="field-hint">{props.hint}</span>}
      <div className="radio-options">
        {props.options.map((o) => (
          <label key={o.value} className="radio">
            <input
              type="radio"
              name={name}
              value={String(o.value)}
              checked={props.value === o.value}
              onChange={() => props.onChange(o.value)}
            />
            <span className="radio-label">{o.label}</span>
          </label>
        ))}
      </div>
      {props.value !== null && (
        <button type="button" className="button button--link" onClick={() => props.onChange(null)}>
          Clear {props.legend}
        </button>
      )}
      {props.error && (
        <span id={errorId} className="field-error">
          {props.error}
        </span>
      )}
    </fieldset>
  );
}
