// Station settings: how many chairs the board shows (the core refuses to remove a chair in use), the
// BP monitors attached to the station, and its users.
import { useEffect, useState, type FormEvent } from 'react';
import { useStationApi } from '../api/station-context';
import { fieldError, useAction } from '../hooks/useAction';
import { useFlash } from '../hooks/useFlash';
import { numberOrRaw } from '../format/numbers';
import { Dialog } from './Dialog';
import { FormAlert } from './FormAlert';
import { MonitorsSection } from './devices/MonitorsSection';
import { RemsModuleSetting } from './RemsModuleSetting';
import { SavedNote } from './SavedNote';
import { TextField } from './TextField';
import { UsersSection } from './users/UsersSection';

export function SettingsDialog(props: { onClose: () => void }) {
  const api = useStationApi();
  const action = useAction();
  const load = useAction();
  const [count, setCount] = useState('');
  const [chairs, setChairs] = useState<Array<{ id: string; name: string }> | null>(null);
  const [saved, flashSaved] = useFlash();

  const loadSettings = load.runAnonymous;
  useEffect(() => {
    void loadSettings(() => api['settings.get']({})).then((s) => {
      if (s) {
        setCount(String(s.chairs.length));
        setChairs(s.chairs);
      }
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
      setChairs(result.chairs);
      flashSaved();
    }
  }

  return (
    <Dialog title="Settings" onClose={props.onClose} className="dialog--settings">
      <form onSubmit={save} className="dialog-form settings-chairs" aria-label="Chairs" noValidate>
        <FormAlert error={load.error} />
        <div className="field-row field-row--end">
          <TextField
            label="Number of chairs"
            hint="1 to 12"
            value={count}
            onChange={setCount}
            inputMode="numeric"
            size="xs"
            error={fieldError(action.error, 'count')}
          />
          <button type="submit" className="button button--primary" disabled={action.pending}>
            Save chairs
          </button>
          <SavedNote visible={saved} />
        </div>
        <FormAlert error={action.error} fields={{ count: 'Number of chairs' }} />
      </form>
      {chairs && <MonitorsSection chairs={chairs} />}
      <UsersSection />
      <RemsModuleSetting />
      <div className="dialog-actions">
        <button type="button" className="button" onClick={props.onClose}>
          Close
        </button>
      </div>
    </Dialog>
  );
}
