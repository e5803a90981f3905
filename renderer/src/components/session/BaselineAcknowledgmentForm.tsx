// An elevated pre-dose blood pressure needs a clinician's acknowledgment, with their PIN, before the dose.
import { useState, type FormEvent } from 'react';
import { useStationApi } from '../../api/station-context';
import { fieldError, useAction } from '../../hooks/useAction';
import { optionalText } from '../../format/numbers';
import { FormAlert } from '../FormAlert';
import { TextField } from '../TextField';
import { useClinicianSignOff } from '../users/useClinicianSignOff';
import type { SessionPartProps } from './types';

const FIELDS = { 'signOff.userId': 'Clinician', 'signOff.pin': 'PIN', note: 'Note' };

export function BaselineAcknowledgmentForm({ view, onUpdated, observationId }: SessionPartProps & { observationId: number }) {
  const api = useStationApi();
  const action = useAction();
  const clinician = useClinicianSignOff(action.error);
  const [note, setNote] = useState('');

  async function submit(e: FormEvent) {
    e.preventDefault();
    // The clinician's PIN says who acknowledges: whoever is signed in at the screen need not be them.
    const result = await action.runAnonymous(() =>
      api['session.acknowledgeBaseline']({ sessionId: view.sessionId, observationId, signOff: clinician.signOff, note: optionalText(note) ?? null }),
    );
    if (result) {
      clinician.reset();
      onUpdated(result);
    }
  }

  return (
    <form onSubmit={submit} className="subsection subsection--warning" noValidate>
      <h4 className="subsection-title">Clinician acknowledgment</h4>
      <p className="subsection-text">A clinician weighs the elevated blood pressure before the dose.</p>
      <div className="field-row">
        {clinician.fields}
        <TextField label="Note" optional value={note} onChange={setNote} size="l" error={fieldError(action.error, 'note')} />
      </div>
      <FormAlert error={action.error} fields={FIELDS} />
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={action.pending}>
          Acknowledge elevated BP
        </button>
      </div>
    </form>
  );
}
