// The Spravato REMS monitoring forms still to be sent: discharged sessions whose form is not marked
// submitted, nearest deadline first, with what the record still lacks. Days left and overdue are the
// core's; the list is fetched each time the dialog opens, since the days move on while it is closed.
import { OpenRecordButton } from './OpenRecordButton';
import { useCallback, useEffect, useState } from 'react';
import type { FormDueRow } from '../../../shared/api/views';
import { useStationApi } from '../api/station-context';
import { useAction } from '../hooks/useAction';
import { dateAndClock } from '../format/time';
import { Dialog } from './Dialog';
import { FormAlert } from './FormAlert';

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** "3 days left", "due today", "overdue by 2 days": words, so the red is never the only sign. */
export function daysLeftText(row: Pick<FormDueRow, 'daysLeft' | 'overdue'>): string {
  if (row.overdue) return row.daysLeft >= 0 ? 'overdue since earlier today' : `overdue by ${plural(-row.daysLeft, 'day')}`;
  if (row.daysLeft === 0) return 'due today';
  return `${plural(row.daysLeft, 'day')} left`;
}

function DaysLeft(props: { row: FormDueRow }) {
  const { row } = props;
  const urgency = row.overdue ? 'overdue' : row.daysLeft <= 1 ? 'soon' : 'ok';
  return (
    <span className={`days-left days-left--${urgency}`}>
      {row.overdue && <span aria-hidden="true">⚠ </span>}
      {daysLeftText(row)}
    </span>
  );
}

export function FormsDueDialog(props: { onClose: () => void; onOpen: (sessionId: string) => void }) {
  const api = useStationApi();
  const load = useAction();
  const [rows, setRows] = useState<FormDueRow[] | null>(null);
  const [moduleOn, setModuleOn] = useState<boolean | null>(null);

  const { run } = load;
  const refresh = useCallback(async () => {
    const result = await run((by) => Promise.all([api['rems.formsDue']({ by }), api['settings.get']({})]));
    if (result) {
      setRows(result[0]);
      setModuleOn(result[1].remsModule);
    }
  }, [api, run]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  return (
    <Dialog title="REMS forms due" onClose={props.onClose} className="dialog--wide dialog--records">
      <p className="records-intro muted">
        Spravato REMS monitoring forms not yet marked submitted. Each is due 7 days after the discharge.
      </p>
      <FormAlert error={load.error} className="records-alert" />
      {rows !== null && (
        <div className="history-results">
          <p className="history-count" role="status">
            {rows.length === 0
              ? moduleOn === false
                ? 'No REMS forms are due: the Spravato REMS module is off (Settings).'
                : 'No REMS forms are due.'
              : `${plural(rows.length, 'form')} due, nearest deadline first.`}
          </p>
          {rows.length > 0 && (
            <table className="history-table records-table" aria-label="REMS forms due">
              <thead>
                <tr>
                  <th scope="col">Patient</th>
                  <th scope="col">Protocol</th>
                  <th scope="col">Discharged</th>
                  <th scope="col">Deadline</th>
                  <th scope="col">Days left</th>
                  <th scope="col">Still missing</th>
                  <th scope="col">
                    <span className="visually-hidden">Record</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => {
                  const open = () => props.onOpen(row.sessionId);
                  return (
                    // A click anywhere on the row opens it (touch screens); the button is the keyboard's way.
                    <tr key={row.sessionId} className={`records-row${row.overdue ? ' records-row--overdue' : ''}`} onClick={open}>
                      <td className="records-nowrap">
                        <span className="records-patient-id">{row.patient.clinicId}</span> {row.patient.name}
                      </td>
                      <td className="records-nowrap">{row.protocolName}</td>
                      <td className="records-when">{dateAndClock(row.dischargedAt)}</td>
                      <td className="records-when">{dateAndClock(row.dueAt)}</td>
                      <td>
                        <DaysLeft row={row} />
                      </td>
                      <td>
                        {row.missing.length === 0 ? (
                          <span className="muted">Nothing: ready to submit</span>
                        ) : (
                          <ul className="records-missing">
                            {row.missing.map((m) => (
                              <li key={m}>{m}</li>
                            ))}
                          </ul>
                        )}
                      </td>
                      <td>
                        <OpenRecordButton label={`Open record of ${row.patient.name} (${row.patient.clinicId}), discharged ${dateAndClock(row.dischargedAt)}`} onOpen={open} />
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          )}
        </div>
      )}
      <div className="dialog-actions">
        <button type="button" className="button" onClick={() => void refresh()} disabled={load.pending}>
          Refresh
        </button>
        <button type="button" className="button" onClick={props.onClose}>
          Close
        </button>
      </div>
    </Dialog>
  );
}
