// What the protocol asks besides readings: transport home and Spravato preparation before the dose,
// the REMS monitoring form's facts, and a recovery score (offered, or required to leave).
import { useId } from 'react';
import { RECOVERY_SCALE_NAMES, RECOVERY_SCALES } from '../../../../shared/domain/recovery-scores';
import type { StationApiError } from '../../api/station-api-error';
import { SelectField } from '../SelectField';
import { TextField } from '../TextField';
import { messageAt, messagesUnder } from './issues';
import type { ProtocolForm } from './protocol-form';

const SCALE_OPTIONS = [{ value: 'none', label: 'None' }, ...RECOVERY_SCALE_NAMES.map((s) => ({ value: s, label: RECOVERY_SCALES[s].label }))];

function Switch(props: { label: string; hint: string; checked: boolean; onChange: (checked: boolean) => void; error: string | undefined }) {
  const hintId = useId();
  const errorId = useId();
  return (
    <div className={`protocol-switch${props.error ? ' protocol-switch--invalid' : ''}`}>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={props.checked}
          onChange={(e) => props.onChange(e.target.checked)}
          aria-describedby={[hintId, props.error ? errorId : null].filter(Boolean).join(' ')}
          aria-invalid={props.error ? true : undefined}
        />
        {props.label}
      </label>
      <span id={hintId} className="field-hint protocol-switch-hint">
        {props.hint}
      </span>
      {props.error && (
        <span id={errorId} className="field-error protocol-switch-error">
          {props.error}
        </span>
      )}
    </div>
  );
}

export function ProtocolSwitches(props: { form: ProtocolForm; onChange: (form: ProtocolForm) => void; error: StationApiError | null }) {
  const { form, error } = props;
  const set = (change: Partial<ProtocolForm>) => props.onChange({ ...form, ...change });
  const at = (path: string) => messageAt(error, `protocol.${path}`);
  return (
    <div className="protocol-fields">
      <div className="protocol-switches">
        <Switch
          label="Transport home confirmed before the dose"
          hint="Someone else drives the patient home: the dose waits for this confirmation."
          checked={form.requiresTransportConfirmation}
          onChange={(requiresTransportConfirmation) => set({ requiresTransportConfirmation })}
          error={at('requiresTransportConfirmation')}
        />
        <Switch
          label="Spravato preparation asked"
          hint="Fasting (food 2 h, liquids 30 min) and nasal steroid or decongestant at least 1 h before."
          checked={form.asksSpravatoPreparation}
          onChange={(asksSpravatoPreparation) => set({ asksSpravatoPreparation })}
          error={at('asksSpravatoPreparation')}
        />
        <Switch
          label="REMS monitoring form applies"
          hint="Asks for the Spravato REMS form's facts when the station's REMS module is on."
          checked={form.remsApplies}
          onChange={(remsApplies) => set({ remsApplies })}
          error={at('remsApplies')}
        />
      </div>
      <div className="field-row">
        <SelectField
          label="Recovery score"
          hint="offered on the session"
          value={form.recoveryScale}
          options={SCALE_OPTIONS}
          onChange={(value) => set({ recoveryScale: value as ProtocolForm['recoveryScale'], recoveryRequiredMin: value === 'none' ? '' : form.recoveryRequiredMin })}
          size="m"
          error={at('recoveryScore') ?? at('recoveryScore.scale')}
        />
        {form.recoveryScale !== 'none' && (
          <TextField
            label="Score needed to leave"
            hint="0 to 10; empty: recorded, not required"
            value={form.recoveryRequiredMin}
            onChange={(recoveryRequiredMin) => set({ recoveryRequiredMin })}
            inputMode="numeric"
            size="xs"
            error={messagesUnder(error, 'protocol.recoveryScore.requiredMin')}
          />
        )}
      </div>
    </div>
  );
}
