// A closed session's record stays as it was; a fact learnt later is added after it, with who and when.
import { useState, type FormEvent } from 'react';
import { useStationApi } from '../../api/station-context';
import { fieldError, useAction } from '../../hooks/useAction';
import { useFlash } from '../../hooks/useFlash';
import { FormAlert } from '../FormAlert';
import { SavedNote } from '../SavedNote';
import { TextField } from '../TextField';
import type { SessionPartProps } from './types';

export function AddendumForm({ view, onUpdated }: SessionPartProps) {
  const api = useStationApi();
  const action = useAction();
  const [saved, flashSaved] = useFlash();
  const [text, setText] = useState('');

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (text.trim() === '') {
      action.fail('Write the addendum first', [{ path: 'text', message: 'Addendum is required' }]);
      return;
    }
    const result = await action.run((by) => api['session.addAddendum']({ sessionId: view.sessionId, text, by }));
    if (result) {
      onUpdated(result);
      setText('');
      flashSaved();
    }
  }

  return (
    <section className="panel" aria-labelledby="addendum-title">
      <h3 className="panel-title" id="addendum-title">
        Add an addendum
      </h3>
      <form onSubmit={submit} noValidate aria-label="Addendum">
        <div className="field-row field-row--end">
          <TextField label="Addendum" size="l" value={text} onChange={setText} error={fieldError(action.error, 'text')} />
          <button type="submit" className="button button--primary" disabled={action.pending}>
            Add addendum
          </button>
          <SavedNote visible={saved} />
        </div>
        <FormAlert error={action.error} fields={{ text: 'Addendum' }} />
      </form>
    </section>
  );
}
