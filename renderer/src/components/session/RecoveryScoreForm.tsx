// Ketamine: the protocol's recovery score (modified Aldrete or PADSS), every component 0-2. The
// station adds it up and decides whether it meets the protocol's threshold; this form only asks.
import { useState, type FormEvent } from 'react';
import { RECOVERY_SCALES } from '../../../../shared/domain/recovery-scores';
import { useStationApi } from '../../api/station-context';
import { useAction } from '../../hooks/useAction';
import { useFlash } from '../../hooks/useFlash';
import { clock } from '../../format/time';
import { FormAlert } from '../FormAlert';
import { SavedNote } from '../SavedNote';
import { RadioGroup } from './RadioGroup';
import type { SessionPartProps } from './types';

export function RecoveryScoreForm({ view, onUpdated }: SessionPartProps) {
  const api = useStationApi();
  const action = useAction();
  const [saved, flashSaved] = useFlash();
  const gate = view.protocol.recoveryScore;
  const [scores, setScores] = useState<Record<string, number | null>>({});
  if (!gate) return null;
  const scale = RECOVERY_SCALES[gate.scale];
  const latest = view.recoveryScore;

  async function submit(e: FormEvent) {
    e.preventDefault();
    const unscored = scale.components.find((c) => scores[c.id] === undefined || scores[c.id] === null);
    if (unscored) {
      action.fail(`Score every component: ${unscored.label} is missing`);
      return;
    }
    const components = Object.fromEntries(scale.components.map((c) => [c.id, scores[c.id] as number]));
    const result = await action.run((by) => api['session.recordRecoveryScore']({ sessionId: view.sessionId, scale: gate!.scale, components, by }));
    if (result) {
      onUpdated(result);
      setScores({});
      flashSaved();
    }
  }

  return (
    <section className="panel" aria-labelledby="recovery-title">
      <h3 className="panel-title" id="recovery-title">
        {scale.label} score
      </h3>
      <p className="muted">
        {latest ? `Latest: ${latest.total} of 10 at ${clock(latest.at)} by ${latest.by}. ` : 'Not scored yet. '}
        {gate.requiredMin !== null ? `Discharge needs ${gate.requiredMin} or more.` : 'Recorded for the record; it does not hold the discharge.'}
      </p>
      {!view.readOnly && (
        <form onSubmit={submit} noValidate aria-label={`${scale.label} score`}>
          {scale.components.map((c) => (
            <RadioGroup
              key={c.id}
              legend={c.label}
              className="radio-group--score"
              options={c.options.map((text, value) => ({ value, label: `${value} — ${text}` }))}
              value={scores[c.id] ?? null}
              onChange={(v) => setScores((s) => ({ ...s, [c.id]: v }))}
            />
          ))}
          <FormAlert error={action.error} />
          <div className="form-actions">
            <button type="submit" className="button button--primary" disabled={action.pending}>
              Save {scale.label} score
            </button>
            <SavedNote visible={saved} />
          </div>
        </form>
      )}
    </section>
  );
}
