// Station settings: how many chairs the board shows. The core refuses to remove a chair in use.
import { useEffect, useState, type FormEvent } from 'react';
import { useStationApi } from '../api/station-context';
import { fieldError, useAction } from '../hooks/useAction';
import { useFlash } from '../hooks/useFlash';
import { numberOrRaw } from '../format/numbers';
import { Dialog } from './Dialog';
import { FormAlert } from './FormAlert';
import { SavedNote } from './SavedNote';
import { TextField } from './TextField';

export function SettingsDialog(props: { onClose: () => void }) {
  const api = useStationApi();
  const action = useAction();
  const load = useAction();
  const [count, setCount] = useState('');
  const [saved, flashSaved] = useFlash();

  const loadSettings = load.runAnonymous;
  useEffect(() => {
    void loadSettings(() => api['settings.get']({})).then((s) => {
      if (s) setCount(String(s.chairs.length));
    });
  }, [api, loadSettings]);

  async function save(e: FormEvent) {
    e.preventDefault();
    const value = numberOrRaw(count);
    if (value === undefined) {
      action.fail('Number of chairs is required', [{ path: 'count', message: 'Enter a number from 1 to 12' }]);
      return;
    }
    // A non-number goes to the core as typed so that its own message is shown.
    const result = await action.run((by) => api['settings.setChairCount']({ count: value as number, by }));
    if (result) {
      setCount(String(result.chairs.length));
      flashSaved();
    }
  }

  return (
    <Dialog title="Settings" onClose={props.onClose}>
      <form onSubmit={save} className="dialog-form" noValidate>
        <FormAlert error={load.error} />
        <TextField
          label="Number of chairs"
          hint="1 to 12"
          value={count}
          onChange={setCount}
          inputMode="numeric"
          size="xs"
          error={fieldError(action.error, 'count')}
        />
        <FormAlert error={action.error} fields={{ count: 'Number of chairs' }} />
        <div className="dialog-actions">
          <button type="submit" className="button button--primary" disabled={action.pending}>
            Save chairs
          </button>
          <SavedNote visible={saved} />
          <button type="button" className="button" onClick={props.onClose}>
            Close
          </button>
        </div>
      </form>
    </Dialog>
  );
}
