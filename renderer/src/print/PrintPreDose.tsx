// Before the dose: the confirmations, the baseline and, if it was elevated, who acknowledged it;
// then the scheduled checks as the core judged them.
import type { CheckView, SessionView } from '../../../shared/api/views';
import { bpText } from '../format/entries';
import { CHECK_STATE_LABELS, checkName } from '../format/labels';
import { clock } from '../format/time';
import { yesNo } from './print-format';

function checkState(check: CheckView, closed: boolean): string {
  if (check.state === 'done') return check.doneAt ? `Done at ${clock(check.doneAt)}` : 'Done';
  // In a closed record a check is done, missed, or was not recorded.
  if (closed && check.state !== 'missed') return 'Not recorded';
  return CHECK_STATE_LABELS[check.state];
}

export function PrintPreDose({ view }: { view: SessionView }) {
  const p = view.preDose;
  const limit = view.protocol.limits.preDoseBp;
  return (
    <section className="print-section print-columns" aria-labelledby="print-pre-dose">
      <div>
        <h2 id="print-pre-dose">Before the dose</h2>
        <ul className="print-plain-list">
          {view.protocol.requiresTransportConfirmation && <li>Someone else drives the patient home: {yesNo(p.transportHome)}</li>}
          {view.protocol.asksSpravatoPreparation && (
            <>
              <li>Fasting (food 2 h, liquids 30 min): {yesNo(p.fasting)}</li>
              <li>No nasal steroid or decongestant within 1 h: {yesNo(p.nasalPreparation)}</li>
            </>
          )}
          <li>
            Baseline BP:{' '}
            {p.baselineBp ? (
              <>
                <strong>{bpText(p.baselineBp.value)}</strong>
                {p.baselineBp.value.pulse !== undefined && `, pulse ${p.baselineBp.value.pulse}`} at {clock(p.baselineBp.at)}
              </>
            ) : (
              'not recorded'
            )}
          </li>
          {p.baselineElevated && (
            <li className="print-flag">
              Above the pre-dose limit {limit.systolic}/{limit.diastolic}:{' '}
              {p.acknowledgment ? `acknowledged by ${p.acknowledgment.clinician} at ${clock(p.acknowledgment.at)}` : 'not acknowledged'}
            </li>
          )}
          <li>Baseline SpO2: {p.baselineSpo2 ? `${p.baselineSpo2.value}% at ${clock(p.baselineSpo2.at)}` : 'not recorded'}</li>
        </ul>
      </div>
      <div>
        <h2 id="print-checks">Scheduled checks</h2>
        <table className="print-table print-table--compact" aria-labelledby="print-checks">
          <thead>
            <tr>
              <th scope="col">Check</th>
              <th scope="col">Due</th>
              <th scope="col">State</th>
            </tr>
          </thead>
          <tbody>
            {view.checks.map((c) => (
              <tr key={c.id} className={c.state === 'missed' ? 'print-row-flag' : undefined}>
                <td>{checkName(c.label)}</td>
                <td>{c.dueAt ? clock(c.dueAt) : 'before dose'}</td>
                <td>{checkState(c, view.readOnly)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
