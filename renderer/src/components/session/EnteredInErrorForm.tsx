// Strikes out a wrong entry with a reason. The entry stays in the record, as on a paper chart.
import { useState, type FormEvent } from 'react';
import type { SessionView } from '../../../../shared/api/views';
import { useStationApi } from '../../api/station-context';
import { fieldError, useAction } from '../../hooks/useAction';
import { FormAlert } from '../FormAlert';
import { TextField } from '../TextField';

export function EnteredInErrorForm(props: {
  sessionId: string;
  entryId: number;
  onDone: (view: SessionView) => void;
  onCancel: () => void;
}) {
  const api = useStationApi();
  const action = useAction();
  const [reason, setReason] = useState('');

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (reason.trim() === '') {
      action.fail('Reason is required', [{ path: 'reason', message: 'Say why this entry is wrong' }]);
      return;
    }
    const result = await action.run((by) =>
      api['session.markEnteredInError']({ sessionId: props.sessionId, entryId: props.entryId, reason, by }),
    );
    if (result) props.onDone(result);
  }

  return (
    <form onSubmit={submit} className="error-form" noValidate aria-label="Mark entered in error">
      <div className="field-row field-row--end">
        <TextField label="Reason" size="l" value={reason} onChange={setReason} required autoFocus error={fieldError(action.error, 'reason')} />
        <button type="submit" className="button button--danger" disabled={action.pending}>
          Confirm
        </button>
        <button type="button" className="button" onClick={props.onCancel}>
          Keep entry
        </button>
      </div>
      <FormAlert error={action.error} fields={{ reason: 'Reason' }} />
    </form>
  );
}
