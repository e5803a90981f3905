// A closed session is a read-only record: say so, and how it ended.
import type { Closure } from '../../../../shared/domain/records';
import { clock, dateAndClock } from '../../format/time';

function when(at: string, now: string): string {
  const sameDay = new Date(at).toDateString() === new Date(now).toDateString();
  return sameDay ? clock(at) : dateAndClock(at);
}

export function ClosureBanner(props: { closure: Closure; now: string }) {
  const { closure, now } = props;
  const at = when(closure.at, now);
  return (
    <div className={`closure-banner closure-banner--${closure.kind}`} role="status">
      {closure.kind === 'discharged' ? (
        <p className="closure-banner-title">
          Discharged by {closure.clinician ?? closure.by} at {at} — read-only record
        </p>
      ) : (
        <p className="closure-banner-title">Ended without dose: {closure.note ?? 'no reason given'}</p>
      )}
      {closure.override && (
        <div className="closure-banner-override" role="note">
          <p>
            <strong>DISCHARGED WITH OVERRIDE</strong> of {closure.override.criteria.length}{' '}
            {closure.override.criteria.length === 1 ? 'unmet criterion' : 'unmet criteria'}: {closure.override.reason}
          </p>
          <ul>
            {closure.override.criteria.map((c) => (
              <li key={c.id}>
                {c.label} — {c.evidence}
              </li>
            ))}
          </ul>
        </div>
      )}
      <p className="closure-banner-detail">
        {closure.kind === 'discharged'
          ? `Recorded by ${closure.by}.${closure.note ? ` Note: ${closure.note}` : ''}`
          : `Ended by ${closure.by} at ${at} — read-only record`}
      </p>
    </div>
  );
}
