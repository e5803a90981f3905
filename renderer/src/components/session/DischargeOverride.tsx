// A clinician discharges with unmet criteria only by naming each one and giving a reason; the core
// checks that every unmet criterion is named and records the override prominently.
import { useState, type FormEvent } from 'react';
import { useStationApi } from '../../api/station-context';
import { fieldError, useAction } from '../../hooks/useAction';
import { optionalText } from '../../format/numbers';
import { FormAlert } from '../FormAlert';
import { TextField } from '../TextField';
import { useClinicianSignOff } from '../users/useClinicianSignOff';
import type { SessionPartProps } from './types';

// Criteria have no field of their own: their message shows in the form's alert.
const FIELDS = { 'signOff.userId': 'Clinician', 'signOff.pin': 'PIN', 'override.reason': 'Reason for the override', note: 'Note' };

export function DischargeOverride({ view, onUpdated }: SessionPartProps) {
  const api = useStationApi();
  const action = useAction();
  const unmet = view.discharge.criteria.filter((c) => !c.met);
  const [named, setNamed] = useState<string[]>([]);
  const clinician = useClinicianSignOff(action.error);
  const [reason, setReason] = useState('');
  const [note, setNote] = useState('');

  const toggle = (id: string, on: boolean) => setNamed((list) => (on ? [...list, id] : list.filter((x) => x !== id)));

  async function submit(e: FormEvent) {
    e.preventDefault();
    const result = await action.runAnonymous(() =>
      api['session.discharge']({
        sessionId: view.sessionId,
        signOff: clinician.signOff,
        note: optionalText(note) ?? null,
        override: { criteria: named, reason },
      }),
    );
    if (result) {
      clinician.reset();
      onUpdated(result);
    }
  }

  return (
    <form onSubmit={submit} noValidate aria-label="Discharge with override" className="subsection subsection--warning">
      <h4 className="subsection-title">Discharge with override</h4>
      <p className="field-hint">A clinician may discharge although criteria are not met by naming each one and giving a reason.</p>
      <fieldset className="override-criteria">
        <legend>I discharge although this is not met</legend>
        {unmet.map((c) => (
          <label key={c.id} className="checkbox">
            <input type="checkbox" checked={named.includes(c.id)} onChange={(e) => toggle(c.id, e.target.checked)} />
            <span>
              {c.label} ({c.evidence})
            </span>
          </label>
        ))}
      </fieldset>
      <div className="field-row">
        <TextField label="Reason for the override" size="l" value={reason} onChange={setReason} error={fieldError(action.error, 'override.reason')} />
        <TextField label="Note" optional size="l" value={note} onChange={setNote} error={fieldError(action.error, 'note')} />
      </div>
      <div className="field-row">
        {clinician.fields}
      </div>
      <FormAlert error={action.error} fields={FIELDS} />
      <div className="form-actions">
        <button type="submit" className="button button--danger button--large" disabled={action.pending}>
          Discharge with override
        </button>
      </div>
    </form>
  );
}
