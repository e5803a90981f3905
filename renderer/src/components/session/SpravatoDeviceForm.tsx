// Spravato: records each nasal spray device with its lot. Between devices the core sets the earliest
// time the next may be given; the countdown to it is shown here and the button waits for it.
import { useState, type FormEvent } from 'react';
import { useStationApi } from '../../api/station-context';
import { fieldError, useAction } from '../../hooks/useAction';
import { clock, shortCountdown } from '../../format/time';
import { FormAlert } from '../FormAlert';
import { TextField } from '../TextField';
import { DOSE_BLOCKERS_ID, DoseBlockers } from './DoseBlockers';
import { entryTimeFrom } from './entry-time';
import type { SessionPartProps } from './types';

const FIELDS = { lot: 'Lot number', at: 'Given at' };

export function SpravatoDeviceForm({ view, now, onUpdated }: SessionPartProps) {
  const api = useStationApi();
  const action = useAction();
  const next = view.nextDevice;
  const [lot, setLot] = useState(view.devices.at(-1)?.lot ?? '');
  const [givenAt, setGivenAt] = useState('');
  if (!next) return null;

  const restMs = next.allowedAt ? Date.parse(next.allowedAt) - Date.parse(now) : 0;
  const resting = restMs > 0;
  const blocked = next.number === 1 && view.doseBlockers.length > 0;

  async function submit(e: FormEvent) {
    e.preventDefault();
    const time = entryTimeFrom(givenAt, now, 'Given at');
    if (!time.ok) {
      action.fail(time.message, [{ path: 'at', message: time.message }]);
      return;
    }
    const result = await action.run((by) =>
      api['session.recordDevice']({ sessionId: view.sessionId, lot, ...(time.at ? { at: time.at } : {}), by }),
    );
    if (result) onUpdated(result);
  }

  const restId = `rest-${view.sessionId}`;
  return (
    <form onSubmit={submit} className="subsection" noValidate aria-label={`Device ${next.number} of ${next.of}`}>
      <h4 className="subsection-title">
        Device {next.number} of {next.of}
      </h4>
      {resting && next.allowedAt && (
        <p className="rest-countdown" id={restId}>
          <span className="rest-countdown-time">Rest: {shortCountdown(restMs)} before device {next.number}</span>
          <span className="rest-countdown-detail">Device {next.number} can be given from {clock(next.allowedAt)}.</span>
        </p>
      )}
      <div className="field-row">
        <TextField label="Lot number" value={lot} onChange={setLot} size="m" error={fieldError(action.error, 'lot')} />
        <TextField label="Given at" type="time" hint="if not now" size="s" value={givenAt} onChange={setGivenAt} error={fieldError(action.error, 'at')} />
      </div>
      <DoseBlockers blockers={blocked ? view.doseBlockers : []} />
      <FormAlert error={action.error} fields={FIELDS} />
      <div className="form-actions">
        <button
          type="submit"
          className="button button--primary button--large"
          disabled={action.pending || resting || blocked}
          aria-describedby={blocked ? DOSE_BLOCKERS_ID : resting ? restId : undefined}
        >
          Record device {next.number} given
        </button>
      </div>
    </form>
  );
}
