// Settings → Spravato REMS: whether the station asks for the REMS monitoring form's facts and keeps
// the forms-due list. The box shows what the core last said; a change is saved at once, in the name
// of the person at the station (a refusal puts the box back), and facts already recorded are kept
// either way.
import { useEffect, useId, useState } from 'react';
import { useStationApi } from '../api/station-context';
import { useAction } from '../hooks/useAction';
import { useFlash } from '../hooks/useFlash';
import { FormAlert } from './FormAlert';
import { SavedNote } from './SavedNote';

export function RemsModuleSetting() {
  const api = useStationApi();
  const load = useAction();
  const save = useAction();
  const [enabled, setEnabled] = useState<boolean | null>(null);
  /** The box as clicked while the core has not answered yet; on a refusal it goes back to `enabled`. */
  const [asked, setAsked] = useState<boolean | null>(null);
  const [saved, flashSaved] = useFlash();
  const titleId = useId();
  const hintId = useId();

  const loadSettings = load.runAnonymous;
  useEffect(() => {
    void loadSettings(() => api['settings.get']({})).then((s) => {
      if (s) setEnabled(s.remsModule);
    });
  }, [api, loadSettings]);

  async function change(next: boolean) {
    setAsked(next);
    const result = await save.run((by) => api['settings.setRemsModule']({ enabled: next, by }));
    setAsked(null);
    if (result) {
      setEnabled(result.remsModule);
      flashSaved();
    }
  }

  return (
    <section className="rems-setting" aria-labelledby={titleId}>
      <div className="rems-setting-head">
        <h3 id={titleId} className="rems-setting-title">
          Spravato REMS
        </h3>
        <SavedNote visible={saved} text={enabled ? 'Turned on' : 'Turned off'} />
      </div>
      <FormAlert error={load.error} />
      <label className="checkbox">
        <input
          type="checkbox"
          checked={asked ?? enabled ?? false}
          disabled={enabled === null || save.pending}
          aria-describedby={hintId}
          onChange={(e) => void change(e.target.checked)}
        />
        Spravato REMS facts and forms-due list
      </label>
      <p id={hintId} className="field-hint rems-setting-hint">
        Asks for the facts the REMS monitoring form needs and lists the forms still to be sent. Turning it off hides
        both; facts already recorded are kept.
      </p>
      <FormAlert error={save.error} />
    </section>
  );
}
