// Ketamine: the standing modified Aldrete or PADSS score, component by component.
import type { SessionView } from '../../../shared/api/views';
import { RECOVERY_SCALES } from '../../../shared/domain/recovery-scores';
import { clock } from '../format/time';

export function RecoveryScore({ view }: { view: SessionView }) {
  const score = view.recoveryScore;
  if (!score) return null;
  const scale = RECOVERY_SCALES[score.scale];
  return (
    <section className="print-section" aria-labelledby="print-recovery">
      <h2 id="print-recovery">Recovery score</h2>
      <p>
        <strong>
          {scale.label} {score.total}/10
        </strong>{' '}
        at {clock(score.at)} by {score.by}
      </p>
      <ul className="print-inline-list">
        {scale.components.map((c) => (
          <li key={c.id}>
            {c.label}: {score.components[c.id] ?? '—'}
          </li>
        ))}
      </ul>
    </section>
  );
}
