// Records a check: blood pressure with pulse, SpO2, MOAA/S and dissociation, now or at a given time.
// Used for the pre-dose baseline too. Empty fields are not sent; numbers typed wrongly go to the core
// as typed so its message says what is wrong, and nothing is saved.
import { useState, type FormEvent } from 'react';
import { useStationApi } from '../../api/station-context';
import { fieldError, useAction } from '../../hooks/useAction';
import { useFlash } from '../../hooks/useFlash';
import { numberOrRaw } from '../../format/numbers';
import { DISSOCIATION_LEVELS, MOAAS_LEVELS, CADSS_MAX, type DissociationLevel } from '../../../../shared/domain/scales';
import { capitalize } from '../../format/labels';
import { FormAlert } from '../FormAlert';
import { SavedNote } from '../SavedNote';
import { TextField } from '../TextField';
import { entryTimeFrom } from './entry-time';
import { RadioGroup } from './RadioGroup';
import type { SessionPartProps } from './types';

const FIELDS: Record<string, string> = {
  'bp.systolic': 'Systolic',
  'bp.diastolic': 'Diastolic',
  'bp.pulse': 'Pulse',
  spo2: 'SpO2',
  moaas: 'MOAA/S',
  'dissociation.global': 'Dissociation',
  'dissociation.cadssTotal': 'CADSS total',
  at: 'Taken at',
};

const MOAAS_OPTIONS = MOAAS_LEVELS.map((l) => ({
  value: l.score,
  label: (
    <>
      <strong className="radio-score">{l.score}</strong> <span className="radio-description">{l.description}</span>
    </>
  ),
}));

const DISSOCIATION_OPTIONS = DISSOCIATION_LEVELS.map((level) => ({ value: level, label: capitalize(level) }));

// The contract types these as numbers; text that is not a number is sent as typed on purpose.
type Num = number;

/** `heading` is shown above the form when it sits inside a larger section (the pre-dose baseline). */
export function ObservationForm({ view, now, onUpdated, label, heading }: SessionPartProps & { label: string; heading?: string }) {
  const api = useStationApi();
  const action = useAction();
  const [saved, flashSaved] = useFlash();
  const [systolic, setSystolic] = useState('');
  const [diastolic, setDiastolic] = useState('');
  const [pulse, setPulse] = useState('');
  const [spo2, setSpo2] = useState('');
  const [moaas, setMoaas] = useState<number | null>(null);
  const [dissociation, setDissociation] = useState<DissociationLevel | null>(null);
  const [cadss, setCadss] = useState('');
  const [takenAt, setTakenAt] = useState('');

  function reset() {
    setSystolic('');
    setDiastolic('');
    setPulse('');
    setSpo2('');
    setMoaas(null);
    setDissociation(null);
    setCadss('');
    setTakenAt('');
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    const sys = numberOrRaw(systolic);
    const dia = numberOrRaw(diastolic);
    const pul = numberOrRaw(pulse);
    const sat = numberOrRaw(spo2);
    const cad = numberOrRaw(cadss);
    // Problems the core cannot name precisely, because the half that is missing is simply not sent.
    if ((sys === undefined) !== (dia === undefined)) {
      const path = sys === undefined ? 'bp.systolic' : 'bp.diastolic';
      const message = sys === undefined ? 'Enter the systolic pressure too' : 'Enter the diastolic pressure too';
      action.fail(message, [{ path, message }]);
      return;
    }
    if (pul !== undefined && sys === undefined) {
      const message = 'Pulse is recorded with a blood pressure: enter systolic and diastolic too';
      action.fail(message, [{ path: 'bp.pulse', message }]);
      return;
    }
    if (cad !== undefined && dissociation === null) {
      const message = 'Choose the dissociation level that goes with the CADSS total';
      action.fail(message, [{ path: 'dissociation.global', message }]);
      return;
    }
    const time = entryTimeFrom(takenAt, now, 'Taken at');
    if (!time.ok) {
      action.fail(time.message, [{ path: 'at', message: time.message }]);
      return;
    }
    const result = await action.run((by) =>
      api['session.recordObservation']({
        sessionId: view.sessionId,
        ...(time.at ? { at: time.at } : {}),
        ...(sys !== undefined && dia !== undefined
          ? { bp: { systolic: sys as Num, diastolic: dia as Num, ...(pul !== undefined ? { pulse: pul as Num } : {}) } }
          : {}),
        ...(sat !== undefined ? { spo2: sat as Num } : {}),
        ...(moaas !== null ? { moaas } : {}),
        ...(dissociation !== null
          ? { dissociation: { global: dissociation, ...(cad !== undefined ? { cadssTotal: cad as Num } : {}) } }
          : {}),
        by,
      }),
    );
    if (result) {
      onUpdated(result);
      reset();
      flashSaved();
    }
  }

  const err = (path: string) => fieldError(action.error, path);
  return (
    <form onSubmit={submit} className={`observation-form${heading ? ' observation-form--nested' : ''}`} noValidate aria-label={label}>
      {heading && <h4 className="subsection-title">{heading}</h4>}
      <div className="field-row">
        <TextField label="Systolic" hint="mmHg" inputMode="numeric" size="xs" value={systolic} onChange={setSystolic} error={err('bp.systolic')} />
        <span className="bp-slash" aria-hidden="true">
          /
        </span>
        <TextField label="Diastolic" hint="mmHg" inputMode="numeric" size="xs" value={diastolic} onChange={setDiastolic} error={err('bp.diastolic')} />
        <TextField label="Pulse" hint="bpm" inputMode="numeric" size="xs" value={pulse} onChange={setPulse} error={err('bp.pulse')} />
        <TextField label="SpO2" hint="%" inputMode="numeric" size="xs" value={spo2} onChange={setSpo2} error={err('spo2')} />
        <TextField label="Taken at" type="time" hint="if not now" size="s" value={takenAt} onChange={setTakenAt} error={err('at')} />
      </div>
      <RadioGroup legend="MOAA/S" hint="Sedation" options={MOAAS_OPTIONS} value={moaas} onChange={setMoaas} error={err('moaas')} className="radio-group--moaas" />
      <div className="field-row">
        <RadioGroup
          legend="Dissociation"
          options={DISSOCIATION_OPTIONS}
          value={dissociation}
          onChange={setDissociation}
          error={err('dissociation.global')}
          className="radio-group--inline"
        />
        <TextField
          label="CADSS total"
          optional
          hint={`0–${CADSS_MAX}`}
          inputMode="numeric"
          size="s"
          value={cadss}
          onChange={setCadss}
          error={err('dissociation.cadssTotal')}
        />
      </div>
      <FormAlert error={action.error} fields={FIELDS} />
      <div className="form-actions">
        <button type="submit" className="button button--primary button--large" disabled={action.pending}>
          Save check
        </button>
        <SavedNote visible={saved} />
      </div>
    </form>
  );
}
