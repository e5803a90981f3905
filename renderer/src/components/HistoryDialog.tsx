// Closed sessions, newest first, optionally for one patient; each opens its read-only record.
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import type { HistoryRow } from '../../../shared/api/views';
import { useStationApi } from '../api/station-context';
import { fieldError, useAction } from '../hooks/useAction';
import { optionalText } from '../format/numbers';
import { dateAndClock } from '../format/time';
import { Dialog } from './Dialog';
import { FormAlert } from './FormAlert';
import { TextField } from './TextField';

const LIMIT = 100;

function outcome(row: HistoryRow): string {
  const c = row.closure;
  if (c.kind === 'discharged') return `Discharged by ${c.clinician ?? c.by}`;
  return `Ended without dose${c.note ? `: ${c.note}` : ''}`;
}

export function HistoryDialog(props: { onClose: () => void; onOpen: (sessionId: string) => void }) {
  const api = useStationApi();
  const action = useAction();
  const [patientId, setPatientId] = useState('');
  const [rows, setRows] = useState<HistoryRow[] | null>(null);
  const [shownFor, setShownFor] = useState<string | undefined>(undefined);

  const { runAnonymous } = action;
  const search = useCallback(
    async (clinicId: string | undefined) => {
      const result = await runAnonymous(() =>
        api['history.list'](clinicId === undefined ? { limit: LIMIT } : { patientClinicId: clinicId, limit: LIMIT }),
      );
      if (result) {
        setRows(result);
        setShownFor(clinicId);
      }
    },
    [api, runAnonymous],
  );

  useEffect(() => {
    void search(undefined);
  }, [search]);

  function submit(e: FormEvent) {
    e.preventDefault();
    void search(optionalText(patientId));
  }

  return (
    <Dialog title="History" onClose={props.onClose} className="dialog--wide">
      <form onSubmit={submit} className="history-filter" role="search" noValidate>
        <TextField
          label="Patient ID"
          value={patientId}
          onChange={setPatientId}
          optional
          size="m"
          error={fieldError(action.error, 'patientClinicId')}
        />
        <button type="submit" className="button button--primary" disabled={action.pending}>
          Search
        </button>
        {shownFor !== undefined && (
          <button
            type="button"
            className="button"
            onClick={() => {
              setPatientId('');
              void search(undefined);
            }}
          >
            Show all
          </button>
        )}
      </form>
      <FormAlert error={action.error} fields={{ patientClinicId: 'Patient ID' }} />
      {rows !== null && (
        <div className="history-results">
          <p className="history-count" role="status">
            {rows.length === 0
              ? shownFor !== undefined
                ? `No closed sessions for patient ${shownFor}.`
                : 'No closed sessions yet.'
              : `${rows.length} closed session${rows.length === 1 ? '' : 's'}${shownFor !== undefined ? ` for patient ${shownFor}` : ''}, newest first.`}
          </p>
          {rows.length > 0 && (
            <table className="history-table">
              <thead>
                <tr>
                  <th scope="col">Checked in</th>
                  <th scope="col">Patient</th>
                  <th scope="col">Chair</th>
                  <th scope="col">Protocol</th>
                  <th scope="col">Outcome</th>
                  <th scope="col">
                    <span className="visually-hidden">Record</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.sessionId}>
                    <td>{dateAndClock(row.checkedInAt)}</td>
                    <td>
                      {row.patient.name} <span className="muted">({row.patient.clinicId})</span>
                    </td>
                    <td>{row.chairName}</td>
                    <td>{row.protocolName}</td>
                    <td>{outcome(row)}</td>
                    <td>
                      <button
                        type="button"
                        className="button button--small"
                        aria-label={`Open record of ${row.patient.name} (${row.patient.clinicId}), ${dateAndClock(row.checkedInAt)}`}
                        onClick={() => props.onOpen(row.sessionId)}
                      >
                        Open record
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </div>
      )}
      <div className="dialog-actions">
        <button type="button" className="button" onClick={props.onClose}>
          Close
        </button>
      </div>
    </Dialog>
  );
}
