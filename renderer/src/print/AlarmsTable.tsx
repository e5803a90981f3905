// Every alarm of the session: its priority in words, what it was, and its life (raised,
// acknowledged by whom, resolved).
import type { SessionView } from '../../../shared/api/views';
import { alarmDetail, PRIORITY_WORDS } from '../format/alarms';
import { clock } from '../format/time';

export function AlarmsTable({ view }: { view: SessionView }) {
  // The view lists newest first; paper reads in time order.
  const alarms = [...view.alarmHistory].reverse();
  return (
    <section className="print-section" aria-labelledby="print-alarms">
      <h2 id="print-alarms">Alarms</h2>
      {alarms.length === 0 ? (
        <p>No alarms in this session.</p>
      ) : (
        <table className="print-table" aria-labelledby="print-alarms">
          <thead>
            <tr>
              <th scope="col">Priority</th>
              <th scope="col">Alarm</th>
              <th scope="col">Raised</th>
              <th scope="col">Acknowledged</th>
              <th scope="col">Resolved</th>
            </tr>
          </thead>
          <tbody>
            {alarms.map((a) => (
              <tr key={a.alarmId}>
                <td>
                  <strong>{PRIORITY_WORDS[a.priority]}</strong>
                </td>
                <td>{alarmDetail(a)}</td>
                <td>{clock(a.raisedAt)}</td>
                <td>{a.acknowledged ? `${clock(a.acknowledged.at)} by ${a.acknowledged.by}` : 'not acknowledged'}</td>
                <td>{a.resolvedAt ? clock(a.resolvedAt) : <strong>still active</strong>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
