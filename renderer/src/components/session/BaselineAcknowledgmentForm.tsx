// An elevated pre-dose blood pressure needs a clinician's acknowledgment before the dose.
import { useState, type FormEvent } from 'react';
import { useStationApi } from '../../api/station-context';
import { fieldError, useAction } from '../../hooks/useAction';
import { optionalText } from '../../format/numbers';
import { FormAlert } from '../FormAlert';
import { TextField } from '../TextField';
import type { SessionPartProps } from './types';

const FIELDS = { clinician: 'Clinician name', note: 'Note' };

export function BaselineAcknowledgmentForm({ view, onUpdated, observationId }: SessionPartProps & { observationId: number }) {
  const api = useStationApi();
  const action = useAction();
  const [clinician, setClinician] = useState('');
  const [note, setNote] = useState('');

  async function submit(e: FormEvent) {
    e.preventDefault();
    const result = await action.run((by) =>
      api['session.acknowledgeBaseline']({
        sessionId: view.sessionId,
        observationId,
        clinician,
        note: optionalText(note) ?? null,
        by,
      }),
    );
    if (result) onUpdated(result);
  }

  return (
    <form onSubmit={submit} className="subsection subsection--warning" noValidate>
      <h4 className="subsection-title">Clinician acknowledgment</h4>
      <p className="subsection-text">A clinician weighs the elevated blood pressure before the dose.</p>
      <div className="field-row">
        <TextField label="Clinician name" value={clinician} onChange={setClinician} size="m" error={fieldError(action.error, 'clinician')} />
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
