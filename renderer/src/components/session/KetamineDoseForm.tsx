// Ketamine: the dose (for IV, the infusion start) with lot and the route's own detail.
import { useState, type FormEvent } from 'react';
import { useStationApi } from '../../api/station-context';
import { fieldError, useAction } from '../../hooks/useAction';
import { numberOrRaw, optionalText } from '../../format/numbers';
import { FormAlert } from '../FormAlert';
import { TextField } from '../TextField';
import { DOSE_BLOCKERS_ID, DoseBlockers } from './DoseBlockers';
import { entryTimeFrom } from './entry-time';
import type { SessionPartProps } from './types';

const FIELDS = {
  mg: 'Dose (mg)',
  lot: 'Lot number',
  site: 'Injection site',
  troches: 'Number of troches',
  rate: 'Rate or duration',
  at: 'Given at',
};

/** An infusion starts; an injection or troches are given. */
function timeLabel(route: 'IV' | 'IM' | 'sublingual'): string {
  return route === 'IV' ? 'Started at' : 'Given at';
}

// The contract types these as numbers; text that is not a number is sent as typed on purpose.
type Num = number;

export function KetamineDoseForm({ view, now, onUpdated, route }: SessionPartProps & { route: 'IV' | 'IM' | 'sublingual' }) {
  const api = useStationApi();
  const action = useAction();
  const [mg, setMg] = useState('');
  const [lot, setLot] = useState('');
  const [site, setSite] = useState('');
  const [troches, setTroches] = useState('');
  const [rate, setRate] = useState('');
  const [startedAt, setStartedAt] = useState('');
  const blocked = view.doseBlockers.length > 0;

  async function submit(e: FormEvent) {
    e.preventDefault();
    const time = entryTimeFrom(startedAt, now, timeLabel(route));
    if (!time.ok) {
      action.fail(time.message, [{ path: 'at', message: time.message }]);
      return;
    }
    const dose = numberOrRaw(mg);
    const trocheCount = numberOrRaw(troches);
    const result = await action.run((by) =>
      api['session.recordKetamineDose']({
        sessionId: view.sessionId,
        ...(time.at ? { at: time.at } : {}),
        mg: dose as Num,
        lot,
        ...(route === 'IM' ? { site: optionalText(site) ?? null } : {}),
        ...(route === 'sublingual' && trocheCount !== undefined ? { troches: trocheCount as Num } : {}),
        ...(route === 'IV' ? { rate: optionalText(rate) ?? null } : {}),
        by,
      }),
    );
    if (result) onUpdated(result);
  }

  const err = (path: string) => fieldError(action.error, path);
  return (
    <form onSubmit={submit} className="subsection" noValidate aria-label="Ketamine dose">
      <div className="field-row">
        <TextField label="Dose (mg)" inputMode="decimal" size="s" value={mg} onChange={setMg} error={err('mg')} />
        <TextField label="Lot number" size="m" value={lot} onChange={setLot} error={err('lot')} />
        {route === 'IM' && <TextField label="Injection site" size="m" value={site} onChange={setSite} error={err('site')} />}
        {route === 'sublingual' && (
          <TextField label="Number of troches" inputMode="numeric" size="s" value={troches} onChange={setTroches} error={err('troches')} />
        )}
        {route === 'IV' && <TextField label="Rate or duration" size="m" value={rate} onChange={setRate} error={err('rate')} />}
        <TextField label={timeLabel(route)} type="time" hint="if not now" size="s" value={startedAt} onChange={setStartedAt} error={err('at')} />
      </div>
      <DoseBlockers blockers={view.doseBlockers} />
      <FormAlert error={action.error} fields={{ ...FIELDS, at: timeLabel(route) }} />
      <div className="form-actions">
        <button
          type="submit"
          className="button button--primary button--large"
          disabled={action.pending || blocked}
          aria-describedby={blocked ? DOSE_BLOCKERS_ID : undefined}
        >
          Record ketamine dose
        </button>
      </div>
    </form>
  );
}
