// How the session ended, in the core's words: each discharge criterion met or not with its evidence,
// an override in full (which criteria, as they stood, and why), and the clinician's sign-off.
import type { SessionView } from '../../../shared/api/views';
import type { Closure } from '../../../shared/domain/records';
import { clock, dateAndClock } from '../format/time';
import { signingClinician } from './print-format';

function unmet(n: number): string {
  return `${n} ${n === 1 ? 'criterion' : 'criteria'} not met`;
}

function Criteria({ view }: { view: SessionView }) {
  const criteria = view.discharge.criteria;
  if (criteria.length === 0) return null;
  return (
    <table className="print-table print-criteria" aria-label="Discharge criteria">
      <thead>
        <tr>
          <th scope="col">Criterion</th>
          <th scope="col">Verdict</th>
          <th scope="col">Evidence</th>
        </tr>
      </thead>
      <tbody>
        {criteria.map((c) => (
          <tr key={c.id} className={c.met ? undefined : 'print-row-flag'}>
            <td>{c.label}</td>
            <td className="print-nowrap">
              <strong>{c.met ? '✓ Met' : '✗ Not met'}</strong>
            </td>
            <td>{c.evidence}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Override({ override }: { override: NonNullable<Closure['override']> }) {
  const n = override.criteria.length;
  return (
    <div className="print-override" role="note">
      <p className="print-override-title">
        DISCHARGED WITH OVERRIDE of {n} unmet {n === 1 ? 'criterion' : 'criteria'}
      </p>
      <p>
        <strong>Reason:</strong> {override.reason}
      </p>
      <ul className="print-plain-list">
        {override.criteria.map((c) => (
          <li key={c.id}>
            ✗ {c.label} — as it stood: {c.evidence}
          </li>
        ))}
      </ul>
    </div>
  );
}

function Verdict({ view }: { view: SessionView }) {
  const closure = view.closure;
  if (!closure) {
    return (
      <p className="print-verdict print-verdict--open">
        NOT DISCHARGED — the session was open when this record was printed.{' '}
        {view.discharge.allowed ? 'Every discharge criterion was met.' : `Discharge not allowed yet: ${unmet(view.discharge.reasons.length)}.`}
      </p>
    );
  }
  if (closure.kind === 'cancelled') {
    return (
      <p className="print-verdict">
        ENDED WITHOUT DOSE at {dateAndClock(closure.at)} by {closure.by}. Reason: {closure.note ?? 'none given'}
      </p>
    );
  }
  return (
    <p className="print-verdict">
      DISCHARGED at {dateAndClock(closure.at)}
      {closure.override ? ' with an override (below)' : ''}.
    </p>
  );
}

function SignOff({ view }: { view: SessionView }) {
  const closure = view.closure;
  const clinician = signingClinician(view);
  if (!closure || closure.kind !== 'discharged' || !clinician) return null;
  return (
    <dl className="print-sign-off">
      <div>
        <dt>Signed off by</dt>
        <dd>
          {clinician}
          {closure.signedOffBy ? ' (clinician account, PIN confirmed)' : ''}
        </dd>
      </div>
      <div>
        <dt>Time</dt>
        <dd>{dateAndClock(closure.at)}</dd>
      </div>
      {closure.by !== clinician && (
        <div>
          <dt>Recorded by</dt>
          <dd>{closure.by}</dd>
        </div>
      )}
      {closure.note && (
        <div className="print-facts-wide">
          <dt>Note</dt>
          <dd>{closure.note}</dd>
        </div>
      )}
    </dl>
  );
}

export function DischargeVerdict({ view }: { view: SessionView }) {
  const ready = view.readyToLeave;
  return (
    <section className="print-section print-discharge" aria-labelledby="print-discharge">
      <h2 id="print-discharge">Discharge</h2>
      <Verdict view={view} />
      {view.closure?.override && <Override override={view.closure.override} />}
      <Criteria view={view} />
      {ready && (
        <p>
          Ready to leave but for the minimum time: from {clock(ready.at)}, {ready.afterMin} min after the dose.
        </p>
      )}
      <SignOff view={view} />
    </section>
  );
}
