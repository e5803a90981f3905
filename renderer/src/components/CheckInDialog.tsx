// Checks a patient into a free chair on a protocol. The core's refusals (patient already in another
// chair, chair taken) appear at the field they concern, or at the top.
import { useEffect, useId, useState, type FormEvent } from 'react';
import type { ProtocolSummary, SessionView } from '../../../shared/api/views';
import { useStationApi } from '../api/station-context';
import { fieldError, useAction } from '../hooks/useAction';
import { Dialog } from './Dialog';
import { FormAlert } from './FormAlert';
import { TextField } from './TextField';

const FIELDS: Record<string, string> = {
  'patient.clinicId': 'Patient ID',
  'patient.name': 'Name or initials',
  'patient.birthDate': 'Birth date',
  protocolId: 'Protocol',
};

export function CheckInDialog(props: {
  chairId: string;
  chairName: string;
  onClose: () => void;
  onCheckedIn: (view: SessionView) => void;
}) {
  const api = useStationApi();
  const action = useAction();
  const protocolsLoad = useAction();
  const [protocols, setProtocols] = useState<ProtocolSummary[] | null>(null);
  const [clinicId, setClinicId] = useState('');
  const [name, setName] = useState('');
  const [birthDate, setBirthDate] = useState('');
  const [protocolId, setProtocolId] = useState('');
  const protocolSelectId = useId();

  const loadProtocols = protocolsLoad.runAnonymous;
  useEffect(() => {
    void loadProtocols(() => api['protocols.list']({})).then((list) => {
      if (list) setProtocols(list);
    });
  }, [api, loadProtocols]);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const view = await action.run((by) =>
      api['session.checkIn']({
        chairId: props.chairId,
        patient: { clinicId, name, birthDate: birthDate === '' ? null : birthDate },
        protocolId,
        by,
      }),
    );
    if (view) props.onCheckedIn(view);
  }

  const protocolError = fieldError(action.error, 'protocolId');
  return (
    <Dialog title={`Check in — ${props.chairName}`} onClose={props.onClose}>
      <form onSubmit={submit} className="dialog-form" noValidate>
        <FormAlert error={action.error} fields={FIELDS} />
        <TextField label="Patient ID" value={clinicId} onChange={setClinicId} size="m" error={fieldError(action.error, 'patient.clinicId')} />
        <TextField label="Name or initials" value={name} onChange={setName} size="l" error={fieldError(action.error, 'patient.name')} />
        <TextField
          label="Birth date"
          type="date"
          optional
          value={birthDate}
          onChange={setBirthDate}
          size="m"
          error={fieldError(action.error, 'patient.birthDate')}
        />
        <div className={`field field--l${protocolError ? ' field--invalid' : ''}`}>
          <label htmlFor={protocolSelectId} className="field-label">
            Protocol
          </label>
          <select
            id={protocolSelectId}
            className="field-input"
            value={protocolId}
            onChange={(e) => setProtocolId(e.target.value)}
            aria-invalid={protocolError ? true : undefined}
            aria-describedby={protocolError ? `${protocolSelectId}-error` : undefined}
          >
            <option value="">{protocols === null ? 'Loading protocols…' : 'Choose a protocol'}</option>
            {protocols?.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
          {protocolError && (
            <span id={`${protocolSelectId}-error`} className="field-error">
              {protocolError}
            </span>
          )}
        </div>
        <FormAlert error={protocolsLoad.error} />
        <div className="dialog-actions">
          <button type="submit" className="button button--primary" disabled={action.pending}>
            Check in patient
          </button>
          <button type="button" className="button" onClick={props.onClose}>
            Cancel
          </button>
        </div>
      </form>
    </Dialog>
  );
}
