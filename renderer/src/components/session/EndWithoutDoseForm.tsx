// Before any dose, a session can end without one (e.g. the patient is not dosed today), with a reason.
import { useState, type FormEvent } from 'react';
import { useStationApi } from '../../api/station-context';
import { fieldError, useAction } from '../../hooks/useAction';
import { FormAlert } from '../FormAlert';
import { TextField } from '../TextField';
import type { SessionPartProps } from './types';

export function EndWithoutDoseForm({ view, onUpdated }: SessionPartProps) {
  const api = useStationApi();
  const action = useAction();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (reason.trim() === '') {
      action.fail('Reason is required', [{ path: 'reason', message: 'Say why the session ends without a dose' }]);
      return;
    }
    const result = await action.run((by) => api['session.cancel']({ sessionId: view.sessionId, reason, by }));
    if (result) onUpdated(result);
  }

  return (
    <div className="subsection">
      <button type="button" className="button" aria-expanded={open} onClick={() => setOpen(!open)}>
        End session without dose
      </button>
      {open && (
        <form onSubmit={submit} className="end-form" noValidate aria-label="End session without dose">
          <div className="field-row field-row--end">
            <TextField label="Reason" size="l" value={reason} onChange={setReason} required autoFocus error={fieldError(action.error, 'reason')} />
            <button type="submit" className="button button--danger" disabled={action.pending}>
              End session now
            </button>
          </div>
          <FormAlert error={action.error} fields={{ reason: 'Reason' }} />
        </form>
      )}
    </div>
  );
}
