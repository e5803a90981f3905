// The chairs' names as the board and the records show them ("Chair 1", "Window", "Bay A").
import type { FormEvent } from 'react';
import type { StationSettingsView } from '../../../../shared/api/views';
import { useStationApi } from '../../api/station-context';
import { fieldError, useAction } from '../../hooks/useAction';
import { useFlash } from '../../hooks/useFlash';
import { FormAlert } from '../FormAlert';
import { SavedNote } from '../SavedNote';
import { TextField } from '../TextField';
import { useDraft } from './useDraft';

type Chair = StationSettingsView['chairs'][number];

export function ChairNamesForm(props: { chairs: Chair[]; onSaved: (view: StationSettingsView) => void }) {
  const api = useStationApi();
  const action = useAction();
  const [names, setNames] = useDraft(props.chairs, (chairs) => chairs.map((c) => c.name));
  const [saved, flashSaved] = useFlash();
  const fields = Object.fromEntries(props.chairs.map((_, i) => [`changes.chairNames.${i}.name`, `Chair ${i + 1}`]));

  async function save(e: FormEvent) {
    e.preventDefault();
    const chairNames = props.chairs.map((c, i) => ({ chairId: c.id, name: names[i] ?? '' }));
    const result = await action.run((by) => api['settings.update']({ changes: { chairNames }, by }));
    if (result) {
      setNames(result.chairs.map((c) => c.name));
      props.onSaved(result);
      flashSaved();
    }
  }

  return (
    <form onSubmit={save} className="dialog-form chair-names" aria-label="Chair names" noValidate>
      <div className="chair-names-grid">
        {props.chairs.map((c, i) => (
          <TextField
            key={c.id}
            label={`Chair ${i + 1} name`}
            value={names[i] ?? ''}
            onChange={(name) => setNames((all) => all.map((n, j) => (j === i ? name : n)))}
            size="s"
            error={fieldError(action.error, `changes.chairNames.${i}.name`)}
          />
        ))}
      </div>
      <FormAlert error={action.error} fields={fields} />
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={action.pending}>
          Save chair names
        </button>
        <SavedNote visible={saved} />
      </div>
    </form>
  );
}
