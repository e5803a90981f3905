// The station's preferences: how long "pause alarm sound" lasts, the alarm volume, the inactivity
// lock, the PIN lockout, and how dates and clock times are shown. Saved together; the core checks
// each value and its messages appear at the field.
import type { FormEvent } from 'react';
import type { StationSettingsView } from '../../../../shared/api/views';
import type { StationPreferences } from '../../../../shared/domain/station-preferences';
import { useStationApi } from '../../api/station-context';
import { numberOrRaw } from '../../format/numbers';
import { fieldError, useAction } from '../../hooks/useAction';
import { useFlash } from '../../hooks/useFlash';
import { FormAlert } from '../FormAlert';
import { SavedNote } from '../SavedNote';
import { SelectField } from '../SelectField';
import { TextField } from '../TextField';
import { AlarmVolumeField } from './AlarmVolumeField';
import { useDraft } from './useDraft';

const PAUSE_OPTIONS = [1, 2, 3, 4, 5].map((m) => ({ value: String(m), label: `${m} min` }));
const DATE_OPTIONS = [
  { value: 'day-month-year', label: 'Day month year (26 Nov 2025)' },
  { value: 'month-day-year', label: 'Month day year (Nov 26, 2025)' },
  { value: 'year-month-day', label: 'Year-month-day (2025-11-26)' },
] as const;
const CLOCK_OPTIONS = [
  { value: '24h', label: '24-hour (14:05)' },
  { value: '12h', label: '12-hour (2:05 PM)' },
] as const;

const FIELDS: Record<string, string> = {
  'changes.alarmPauseMinutes': 'Audio pause',
  'changes.preferences.alarmVolumePercent': 'Alarm volume',
  'changes.preferences.lockAfterMinutes': 'Lock the screen after',
  'changes.preferences.pinMaxAttempts': 'Wrong PINs before a lock',
  'changes.preferences.pinLockMinutes': 'PIN lock',
  'changes.preferences.dateFormat': 'Date format',
  'changes.preferences.clockFormat': 'Clock',
};

interface Typed {
  alarmPauseMinutes: string;
  alarmVolumePercent: number;
  lockAfterMinutes: string;
  pinMaxAttempts: string;
  pinLockMinutes: string;
  dateFormat: StationPreferences['dateFormat'];
  clockFormat: StationPreferences['clockFormat'];
}

type Stored = Pick<StationSettingsView, 'alarmPauseMinutes' | 'preferences'>;

function typedFrom(view: Stored): Typed {
  const p = view.preferences;
  return {
    alarmPauseMinutes: String(view.alarmPauseMinutes),
    alarmVolumePercent: p.alarmVolumePercent,
    lockAfterMinutes: String(p.lockAfterMinutes),
    pinMaxAttempts: String(p.pinMaxAttempts),
    pinLockMinutes: String(p.pinLockMinutes),
    dateFormat: p.dateFormat,
    clockFormat: p.clockFormat,
  };
}

/** A typed number as sent: a clean number, or the text as typed so the core names the problem. */
const num = (raw: string) => numberOrRaw(raw) as number;

export function PreferencesForm(props: { settings: StationSettingsView; onSaved: (view: StationSettingsView) => void }) {
  const api = useStationApi();
  const action = useAction();
  const stored: Stored = { alarmPauseMinutes: props.settings.alarmPauseMinutes, preferences: props.settings.preferences };
  const [typed, setTyped] = useDraft(stored, typedFrom);
  const [saved, flashSaved] = useFlash();
  const set = (change: Partial<Typed>) => setTyped((t) => ({ ...t, ...change }));
  const error = (path: string) => fieldError(action.error, path);

  async function save(e: FormEvent) {
    e.preventDefault();
    const changes = {
      alarmPauseMinutes: num(typed.alarmPauseMinutes),
      preferences: {
        alarmVolumePercent: typed.alarmVolumePercent,
        lockAfterMinutes: num(typed.lockAfterMinutes),
        pinMaxAttempts: num(typed.pinMaxAttempts),
        pinLockMinutes: num(typed.pinLockMinutes),
        dateFormat: typed.dateFormat,
        clockFormat: typed.clockFormat,
      },
    };
    const result = await action.run((by) => api['settings.update']({ changes, by }));
    if (result) {
      setTyped(typedFrom(result));
      props.onSaved(result);
      flashSaved();
    }
  }

  return (
    <form onSubmit={save} className="dialog-form preferences-form" aria-label="Preferences" noValidate>
      <fieldset className="preferences-group">
        <legend className="preferences-legend">Alarms</legend>
        <div className="field-row">
          <SelectField
            label="Audio pause"
            hint="how long “pause alarm sound” lasts"
            value={typed.alarmPauseMinutes}
            options={PAUSE_OPTIONS}
            onChange={(alarmPauseMinutes) => set({ alarmPauseMinutes })}
            size="s"
            error={error('changes.alarmPauseMinutes')}
          />
          <AlarmVolumeField value={typed.alarmVolumePercent} onChange={(alarmVolumePercent) => set({ alarmVolumePercent })} error={error('changes.preferences.alarmVolumePercent')} />
        </div>
      </fieldset>
      <fieldset className="preferences-group">
        <legend className="preferences-legend">Screen lock and PINs</legend>
        <div className="field-row">
          <TextField
            label="Lock the screen after"
            hint="min idle, 1 to 60"
            value={typed.lockAfterMinutes}
            onChange={(lockAfterMinutes) => set({ lockAfterMinutes })}
            inputMode="numeric"
            size="xs"
            error={error('changes.preferences.lockAfterMinutes')}
          />
          <TextField
            label="Wrong PINs before a lock"
            hint="3 to 10"
            value={typed.pinMaxAttempts}
            onChange={(pinMaxAttempts) => set({ pinMaxAttempts })}
            inputMode="numeric"
            size="xs"
            error={error('changes.preferences.pinMaxAttempts')}
          />
          <TextField
            label="PIN lock"
            hint="min, 1 to 60"
            value={typed.pinLockMinutes}
            onChange={(pinLockMinutes) => set({ pinLockMinutes })}
            inputMode="numeric"
            size="xs"
            error={error('changes.preferences.pinLockMinutes')}
          />
        </div>
      </fieldset>
      <fieldset className="preferences-group">
        <legend className="preferences-legend">Dates and times</legend>
        <div className="field-row">
          <SelectField
            label="Date format"
            value={typed.dateFormat}
            options={DATE_OPTIONS}
            onChange={(dateFormat) => set({ dateFormat: dateFormat as Typed['dateFormat'] })}
            size="l"
            error={error('changes.preferences.dateFormat')}
          />
          <SelectField
            label="Clock"
            value={typed.clockFormat}
            options={CLOCK_OPTIONS}
            onChange={(clockFormat) => set({ clockFormat: clockFormat as Typed['clockFormat'] })}
            size="m"
            error={error('changes.preferences.clockFormat')}
          />
        </div>
      </fieldset>
      <FormAlert error={action.error} fields={FIELDS} />
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={action.pending}>
          Save preferences
        </button>
        <SavedNote visible={saved} />
      </div>
    </form>
  );
}
