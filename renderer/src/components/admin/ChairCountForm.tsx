// How many chairs the board shows. The core refuses to remove a chair with a patient or a BP monitor.
import type { FormEvent } from 'react';
import type { StationSettingsView } from '../../../../shared/api/views';
import { useStationApi } from '../../api/station-context';
import { numberOrRaw } from '../../format/numbers';
import { fieldError, useAction } from '../../hooks/useAction';
import { useFlash } from '../../hooks/useFlash';
import { FormAlert } from '../FormAlert';
import { SavedNote } from '../SavedNote';
import { TextField } from '../TextField';
import { useDraft } from './useDraft';

export function ChairCountForm(props: { count: number; onSaved: (view: StationSettingsView) => void }) {
  const api = useStationApi();
  const action = useAction();
  const [count, setCount] = useDraft(props.count, String);
  const [saved, flashSaved] = useFlash();

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
      props.onSaved(result);
      flashSaved();
    }
  }

  return (
    <form onSubmit={save} className="dialog-form settings-chairs" aria-label="Chairs" noValidate>
      <div className="field-row field-row--end">
        <TextField label="Number of chairs" hint="1 to 12" value={count} onChange={setCount} inputMode="numeric" size="xs" error={fieldError(action.error, 'count')} />
        <button type="submit" className="button button--primary" disabled={action.pending}>
          Save chairs
        </button>
        <SavedNote visible={saved} />
      </div>
      <FormAlert error={action.error} fields={{ count: 'Number of chairs' }} />
    </form>
  );
}
