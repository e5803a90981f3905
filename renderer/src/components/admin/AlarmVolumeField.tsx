// The alarm volume as a slider with its value in words, and "Test sound" to hear it before saving.
// A HIGH alarm never plays below HIGH_ALARM_MIN_VOLUME, whatever is chosen here.
import { useId, useState } from 'react';
import { HIGH_ALARM_MIN_VOLUME, PREFERENCE_LIMITS } from '../../../../shared/domain/station-preferences';
import { useTestSound } from '../../alarm-sound/useTestSound';

const { min, max } = PREFERENCE_LIMITS.alarmVolumePercent;

export function AlarmVolumeField(props: { value: number; onChange: (value: number) => void; error: string | undefined }) {
  const id = useId();
  const playTest = useTestSound();
  const [played, setPlayed] = useState<number | null>(null);
  const describedBy = [`${id}-hint`, props.error ? `${id}-error` : null].filter(Boolean).join(' ');
  return (
    <div className={`field volume-field${props.error ? ' field--invalid' : ''}`}>
      <label htmlFor={id} className="field-label">
        Alarm volume
      </label>
      <span id={`${id}-hint`} className="field-hint">
        HIGH alarms never below {HIGH_ALARM_MIN_VOLUME}%
      </span>
      <div className="volume-control">
        <input
          id={id}
          type="range"
          className="volume-slider"
          min={min}
          max={max}
          step={5}
          value={props.value}
          onChange={(e) => props.onChange(Number(e.target.value))}
          aria-valuetext={`${props.value}%`}
          aria-describedby={describedBy}
          aria-invalid={props.error ? true : undefined}
        />
        <output htmlFor={id} className="volume-value">
          {props.value}%
        </output>
        <button
          type="button"
          className="button button--small"
          onClick={() => {
            playTest(props.value);
            setPlayed(props.value);
          }}
        >
          Test sound
        </button>
      </div>
      <span role="status" className="volume-played">
        {played === null ? '' : `Played a MEDIUM alarm at ${played}%`}
      </span>
      {props.error && (
        <span id={`${id}-error`} className="field-error">
          {props.error}
        </span>
      )}
    </div>
  );
}
