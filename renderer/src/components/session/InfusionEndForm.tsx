// Ketamine IV: the end of the infusion, which the minimum observation also counts from.
import { useState, type FormEvent } from 'react';
import { useStationApi } from '../../api/station-context';
import { fieldError, useAction } from '../../hooks/useAction';
import { FormAlert } from '../FormAlert';
import { TextField } from '../TextField';
import { entryTimeFrom } from './entry-time';
import type { SessionPartProps } from './types';

export function InfusionEndForm({ view, now, onUpdated }: SessionPartProps) {
  const api = useStationApi();
  const action = useAction();
  const [endedAt, setEndedAt] = useState('');

  async function submit(e: FormEvent) {
    e.preventDefault();
    const time = entryTimeFrom(endedAt, now, 'Ended at');
    if (!time.ok) {
      action.fail(time.message, [{ path: 'at', message: time.message }]);
      return;
    }
    const result = await action.run((by) =>
      api['session.recordInfusionEnd']({ sessionId: view.sessionId, ...(time.at ? { at: time.at } : {}), by }),
    );
    if (result) onUpdated(result);
  }

  return (
    <form onSubmit={submit} className="subsection" noValidate aria-label="Infusion end">
      <div className="field-row field-row--end">
        <TextField label="Ended at" type="time" hint="if not now" size="s" value={endedAt} onChange={setEndedAt} error={fieldError(action.error, 'at')} />
        <button type="submit" className="button button--primary button--large" disabled={action.pending}>
          Record infusion end
        </button>
      </div>
      <FormAlert error={action.error} fields={{ at: 'Ended at' }} />
    </form>
  );
}
