// Spravato pre-dose confirmations: transport home by someone else, fasting, nasal preparations.
import { useState, type FormEvent } from 'react';
import { useStationApi } from '../../api/station-context';
import { useAction } from '../../hooks/useAction';
import { useFlash } from '../../hooks/useFlash';
import { FormAlert } from '../FormAlert';
import { SavedNote } from '../SavedNote';
import type { SessionPartProps } from './types';

export function ConfirmationsForm({ view, onUpdated }: SessionPartProps) {
  const api = useStationApi();
  const action = useAction();
  const [saved, flashSaved] = useFlash();
  const asksPreparation = view.protocol.asksSpravatoPreparation;
  const [transportHome, setTransportHome] = useState(view.preDose.transportHome === true);
  const [fasting, setFasting] = useState(view.preDose.fasting === true);
  const [nasal, setNasal] = useState(view.preDose.nasalPreparation === true);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const result = await action.run((by) =>
      api['session.confirmPreDose']({
        sessionId: view.sessionId,
        transportHome,
        ...(asksPreparation ? { fasting, nasalPreparation: nasal } : {}),
        by,
      }),
    );
    if (result) {
      onUpdated(result);
      flashSaved();
    }
  }

  return (
    <form onSubmit={submit} className="subsection" noValidate>
      <h4 className="subsection-title">Confirm with the patient</h4>
      <div className="checkboxes">
        <label className="checkbox">
          <input type="checkbox" checked={transportHome} onChange={(e) => setTransportHome(e.target.checked)} />
          <span>Someone else will drive the patient home</span>
        </label>
        {asksPreparation && (
          <>
            <label className="checkbox">
              <input type="checkbox" checked={fasting} onChange={(e) => setFasting(e.target.checked)} />
              <span>Fasting: no food for 2 h, no liquids for 30 min</span>
            </label>
            <label className="checkbox">
              <input type="checkbox" checked={nasal} onChange={(e) => setNasal(e.target.checked)} />
              <span>Nasal steroid or decongestant not within the last hour</span>
            </label>
          </>
        )}
      </div>
      <FormAlert error={action.error} />
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={action.pending}>
          Save confirmations
        </button>
        <SavedNote visible={saved} />
      </div>
    </form>
  );
}
