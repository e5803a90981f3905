// The closed sessions a history search found, newest first: when, who, on what protocol, how the
// session closed and who signed the discharge off. Each row opens its read-only record.
import { OpenRecordButton } from './OpenRecordButton';
import type { HistoryRow } from '../../../shared/api/views';
import type { Closure } from '../../../shared/domain/records';
import { clock, dateAndClock } from '../format/time';

function HowItClosed(props: { closure: Closure }) {
  const c = props.closure;
  if (c.kind === 'cancelled') {
    return (
      <>
        <span className="closure-kind">Ended without dose</span>
        <span className="closure-detail">
          {c.note ? `${c.note} · ` : ''}by {c.by} at {clock(c.at)}
        </span>
      </>
    );
  }
  if (c.override) {
    const n = c.override.criteria.length;
    return (
      <>
        {/* An override is the one closure a reviewer must never miss: said in capitals, boxed. */}
        <strong className="closure-kind closure-kind--override">DISCHARGED WITH OVERRIDE</strong>
        <span className="closure-detail">
          at {clock(c.at)} · {n} unmet {n === 1 ? 'criterion' : 'criteria'}: {c.override.criteria.map((x) => x.label).join('; ')}
        </span>
      </>
    );
  }
  return (
    <>
      <span className="closure-kind">Discharged</span>
      <span className="closure-detail">at {clock(c.at)}</span>
    </>
  );
}

function signedOffBy(c: Closure): string {
  if (c.kind !== 'discharged') return '—';
  return c.signedOffBy?.name ?? c.clinician ?? c.by;
}

export function HistoryTable(props: { rows: HistoryRow[]; onOpen: (sessionId: string) => void }) {
  return (
    <table className="history-table records-table">
      <thead>
        <tr>
          <th scope="col">Checked in</th>
          <th scope="col">Patient</th>
          <th scope="col">Chair</th>
          <th scope="col">Protocol</th>
          <th scope="col">How it closed</th>
          <th scope="col">Signed off by</th>
          <th scope="col">
            <span className="visually-hidden">Record</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {props.rows.map((row) => {
          const open = () => props.onOpen(row.sessionId);
          return (
            // A click anywhere on the row opens it (touch screens); the button is the keyboard's way.
            <tr
              key={row.sessionId}
              className={`records-row${row.closure.override ? ' records-row--override' : ''}`}
              onClick={open}
            >
              <td className="records-when">{dateAndClock(row.checkedInAt)}</td>
              <td className="records-nowrap">
                <span className="records-patient-id">{row.patient.clinicId}</span> {row.patient.name}
              </td>
              <td className="records-nowrap">{row.chairName}</td>
              <td className="records-nowrap">{row.protocolName}</td>
              <td>
                <div className="records-closure">
                  <HowItClosed closure={row.closure} />
                </div>
              </td>
              <td className="records-nowrap">{signedOffBy(row.closure)}</td>
              <td>
                <OpenRecordButton label={`Open record of ${row.patient.name} (${row.patient.clinicId}), ${dateAndClock(row.checkedInAt)}`} onOpen={open} />
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
