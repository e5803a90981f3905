// Discharge: a clinician signs it off with their PIN once the core allows it; until then the button
// says why not.
import { useState, type FormEvent } from 'react';
import { useStationApi } from '../../api/station-context';
import { fieldError, useAction } from '../../hooks/useAction';
import { optionalText } from '../../format/numbers';
import { FormAlert } from '../FormAlert';
import { TextField } from '../TextField';
import { useClinicianSignOff } from '../users/useClinicianSignOff';
import { DischargeCriteria } from './DischargeCriteria';
import { DischargeOverride } from './DischargeOverride';
import { EndWithoutDoseForm } from './EndWithoutDoseForm';
import type { SessionPartProps } from './types';

const FIELDS = { 'signOff.userId': 'Clinician', 'signOff.pin': 'PIN', note: 'Note' };

export function DischargeSection(props: SessionPartProps) {
  const { view, onUpdated } = props;
  const api = useStationApi();
  const action = useAction();
  const clinician = useClinicianSignOff(action.error);
  const [note, setNote] = useState('');
  const { allowed, reasons, criteria, overridable } = view.discharge;
  const reasonsId = `discharge-reasons-${view.sessionId}`;

  async function submit(e: FormEvent) {
    e.preventDefault();
    // The PIN proves who signs: no "Your name" is needed.
    const result = await action.runAnonymous(() =>
      api['session.discharge']({ sessionId: view.sessionId, signOff: clinician.signOff, note: optionalText(note) ?? null }),
    );
    if (result) {
      clinician.reset();
      onUpdated(result);
    }
  }

  return (
    <section className={`panel panel--discharge${allowed ? ' panel--ready' : ''}`} aria-labelledby="discharge-title">
      <h3 className="panel-title" id="discharge-title">
        Discharge
      </h3>
      <DischargeCriteria criteria={criteria} />
      <form onSubmit={submit} noValidate aria-label="Discharge">
        {allowed && (
          <div className="field-row">
            {clinician.fields}
            <TextField label="Note" optional size="l" value={note} onChange={setNote} error={fieldError(action.error, 'note')} />
          </div>
        )}
        <FormAlert error={action.error} fields={FIELDS} />
        <div className="form-actions form-actions--discharge">
          <button
            type="submit"
            className="button button--primary button--large"
            disabled={!allowed || action.pending}
            aria-describedby={allowed ? undefined : reasonsId}
          >
            Discharge patient
          </button>
          {!allowed && (
            <ul className="discharge-reasons" id={reasonsId}>
              {reasons.map((r) => (
                <li key={r}>{r}</li>
              ))}
            </ul>
          )}
        </div>
      </form>
      {!allowed && overridable && <DischargeOverride {...props} />}
      {view.phase === 'pre-dose' && <EndWithoutDoseForm {...props} />}
    </section>
  );
}
