// Spravato REMS: what the monitoring form needs. The facts the readings give are shown, never typed
// again; the staff add what only they know. After the discharge this stays open as an addendum, with
// the form's 7-day deadline and a way to mark it submitted.
import { useState, type FormEvent } from 'react';
import type { Episode, RemsView } from '../../../../shared/api/views';
import { CONCOMITANT_MEDICINES, type ConcomitantMedicine } from '../../../../shared/domain/records';
import { CONCOMITANT_MEDICINE_LABELS } from '../../../../shared/domain/rems';
import { useStationApi } from '../../api/station-context';
import { fieldError, useAction } from '../../hooks/useAction';
import { useFlash } from '../../hooks/useFlash';
import { clock, clockTimeToIso, dateAndClock } from '../../format/time';
import { FormAlert } from '../FormAlert';
import { SavedNote } from '../SavedNote';
import { TextField } from '../TextField';
import { RadioGroup } from './RadioGroup';
import type { SessionPartProps } from './types';

function episodesText(list: Episode[], none: string): string {
  if (list.length === 0) return none;
  return list.map((e) => `${e.worst}, from ${clock(e.onsetAt)} ${e.resolvedAt ? `to ${clock(e.resolvedAt)}` : '(not resolved in the record)'}`).join('; ');
}

function FromReadings({ r }: { r: RemsView['fromReadings'] }) {
  const rows: Array<[string, string]> = [
    ['Dose', r.doseMg === null ? 'not given' : `${r.doseMg} mg, lot ${r.lots.join(', ')}`],
    ['First device', r.firstDeviceAt ? clock(r.firstDeviceAt) : '—'],
    ['Monitoring', r.monitoringMin === null ? '—' : `${r.monitoringMin} min from the first device`],
    ['Ready to leave without the 2-hour rule', r.readyAfterMin === null ? 'not yet' : `at ${r.readyAfterMin} min`],
    ['BP before dosing', r.bpBeforeDosing ?? 'none'],
    ['BP at about 40 min', r.bpAt40 ?? 'none'],
    ['BP before completion', r.bpBeforeCompletion ?? 'at the discharge'],
    ['Sedation (MOAA/S below 5)', episodesText(r.sedation, 'none recorded')],
    ['Dissociation', episodesText(r.dissociation, 'none recorded')],
    ['SpO2 below the limit', episodesText(r.lowSpo2, 'none recorded')],
    ['Pulse oximetry checks', String(r.pulseOximetryChecks)],
  ];
  return (
    <dl className="facts">
      {rows.map(([k, v]) => (
        <div key={k} className="facts-row">
          <dt>{k}</dt>
          <dd>{v}</dd>
        </div>
      ))}
    </dl>
  );
}

function FactsForm({ view, onUpdated, rems }: SessionPartProps & { rems: RemsView }) {
  const api = useStationApi();
  const action = useAction();
  const [saved, flashSaved] = useFlash();
  const f = rems.facts;
  const [firstTreatment, setFirstTreatment] = useState<'yes' | 'no' | null>(f ? (f.firstTreatment ? 'yes' : 'no') : null);
  const [enrolled, setEnrolled] = useState<'yes' | 'no' | null>(f ? (f.remsEnrolled ? 'yes' : 'no') : null);
  const [meds, setMeds] = useState<ConcomitantMedicine[]>(f?.concomitant ?? []);
  const [respiratory, setRespiratory] = useState(f?.respiratoryDepression != null);
  const [onset, setOnset] = useState(f?.respiratoryDepression ? clock(f.respiratoryDepression.onsetAt) : '');
  const [resolved, setResolved] = useState(f?.respiratoryDepression?.resolvedAt ? clock(f.respiratoryDepression.resolvedAt) : '');
  const [sae, setSae] = useState(f?.seriousAdverseEvents ?? '');
  const [professional, setProfessional] = useState(f?.monitoringProfessional ?? '');
  const [setting, setSetting] = useState(f?.setting ?? 'Outpatient clinic');

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (firstTreatment === null || enrolled === null) {
      action.fail('Answer "first treatment" and "enrolled in the REMS"');
      return;
    }
    let respiratoryDepression: { onsetAt: string; resolvedAt: string | null } | null = null;
    if (respiratory) {
      const onsetAt = clockTimeToIso(onset, view.checkedInAt);
      const resolvedAt = resolved.trim() === '' ? null : clockTimeToIso(resolved, view.checkedInAt);
      if (!onsetAt || (resolved.trim() !== '' && resolvedAt === null)) {
        action.fail('Respiratory depression times must be like 10:40', [{ path: 'respiratoryDepression.onsetAt', message: 'A time like 10:40' }]);
        return;
      }
      respiratoryDepression = { onsetAt, resolvedAt };
    }
    const result = await action.run((by) =>
      api['session.recordRemsFacts']({
        sessionId: view.sessionId,
        firstTreatment: firstTreatment === 'yes',
        remsEnrolled: enrolled === 'yes',
        concomitant: meds,
        respiratoryDepression,
        seriousAdverseEvents: sae.trim() === '' ? null : sae,
        monitoringProfessional: professional,
        setting,
        by,
      }),
    );
    if (result) {
      onUpdated(result);
      flashSaved();
    }
  }

  const yesNo = [
    { value: 'yes' as const, label: 'Yes' },
    { value: 'no' as const, label: 'No' },
  ];
  return (
    <form onSubmit={submit} noValidate aria-label="REMS facts" className="subsection">
      <h4 className="subsection-title">Facts only the staff know</h4>
      <RadioGroup legend="First treatment" options={yesNo} value={firstTreatment} onChange={setFirstTreatment} />
      <RadioGroup legend="Enrolled in the REMS" options={yesNo} value={enrolled} onChange={setEnrolled} />
      <fieldset className="checkboxes">
        <legend className="radio-group-legend">Concomitant medicines that can sedate, dissociate, depress breathing or raise BP</legend>
        {CONCOMITANT_MEDICINES.map((m) => (
          <label key={m} className="checkbox">
            <input
              type="checkbox"
              checked={meds.includes(m)}
              onChange={(e) => setMeds((list) => (e.target.checked ? [...list, m] : list.filter((x) => x !== m)))}
            />
            <span>{CONCOMITANT_MEDICINE_LABELS[m]}</span>
          </label>
        ))}
      </fieldset>
      <label className="checkbox">
        <input type="checkbox" checked={respiratory} onChange={(e) => setRespiratory(e.target.checked)} />
        <span>Respiratory depression seen</span>
      </label>
      {respiratory && (
        <div className="field-row">
          <TextField label="Started at" type="time" size="s" value={onset} onChange={setOnset} error={fieldError(action.error, 'respiratoryDepression.onsetAt')} />
          <TextField label="Resolved at" type="time" size="s" optional value={resolved} onChange={setResolved} error={fieldError(action.error, 'respiratoryDepression.resolvedAt')} />
        </div>
      )}
      <TextField label="Serious adverse events" optional size="l" value={sae} onChange={setSae} error={fieldError(action.error, 'seriousAdverseEvents')} />
      <div className="field-row">
        <TextField label="Monitoring professional" size="m" value={professional} onChange={setProfessional} error={fieldError(action.error, 'monitoringProfessional')} />
        <TextField label="Setting" size="m" value={setting} onChange={setSetting} error={fieldError(action.error, 'setting')} />
      </div>
      <FormAlert error={action.error} fields={{ monitoringProfessional: 'Monitoring professional', setting: 'Setting', seriousAdverseEvents: 'Serious adverse events' }} />
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={action.pending}>
          {f ? 'Update REMS facts' : 'Save REMS facts'}
        </button>
        <SavedNote visible={saved} />
      </div>
      {f && (
        <p className="muted">
          Last recorded {dateAndClock(f.recordedAt)} by {f.by}.
        </p>
      )}
    </form>
  );
}

function FormStatus({ view, onUpdated, rems }: SessionPartProps & { rems: RemsView }) {
  const api = useStationApi();
  const action = useAction();
  const [reference, setReference] = useState('');
  const form = rems.form;
  if (!form) return <p className="muted">The monitoring form is due within 7 days of the discharge.</p>;
  if (form.submitted) {
    return (
      <p className="rems-status rems-status--done">
        Form submitted {dateAndClock(form.submitted.at)} by {form.submitted.by}
        {form.submitted.reference ? `, reference ${form.submitted.reference}` : ''}.
      </p>
    );
  }
  async function submit(e: FormEvent) {
    e.preventDefault();
    const result = await action.run((by) =>
      api['session.markRemsSubmitted']({ sessionId: view.sessionId, reference: reference.trim() === '' ? null : reference, by }),
    );
    if (result) onUpdated(result);
  }
  const left = form.overdue
    ? form.daysLeft >= 0
      ? 'OVERDUE since earlier today'
      : `OVERDUE by ${-form.daysLeft} day${form.daysLeft === -1 ? '' : 's'}`
    : form.daysLeft === 0
      ? 'due today'
      : `${form.daysLeft} day${form.daysLeft === 1 ? '' : 's'} left`;
  return (
    <form onSubmit={submit} noValidate aria-label="REMS form submission" className="subsection">
      <p className={`rems-status${form.overdue ? ' rems-status--overdue' : ''}`}>
        Monitoring form due {dateAndClock(form.dueAt)}: {left}.
      </p>
      <div className="field-row field-row--end">
        <TextField label="Submission reference" optional size="m" value={reference} onChange={setReference} error={fieldError(action.error, 'reference')} />
        <button type="submit" className="button" disabled={action.pending}>
          Mark form submitted
        </button>
      </div>
      <FormAlert error={action.error} fields={{ reference: 'Submission reference' }} />
    </form>
  );
}

export function RemsSection(props: SessionPartProps) {
  const rems = props.view.rems;
  if (!rems) return null;
  return (
    <section className="panel" aria-labelledby="rems-title">
      <h3 className="panel-title" id="rems-title">
        REMS monitoring facts
      </h3>
      <FromReadings r={rems.fromReadings} />
      <FactsForm {...props} rems={rems} />
      <FormStatus {...props} rems={rems} />
    </section>
  );
}
