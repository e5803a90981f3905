// Every discharge criterion as the core evaluated it: met or not, with the value and time it rests on.
import type { DischargeCriterion } from '../../../../shared/domain/discharge';

export function DischargeCriteria(props: { criteria: DischargeCriterion[] }) {
  if (props.criteria.length === 0) return null;
  return (
    <ul className="discharge-criteria" aria-label="Discharge criteria">
      {props.criteria.map((c) => (
        <li key={c.id} className={`discharge-criterion discharge-criterion--${c.met ? 'met' : 'unmet'}`}>
          <span className="discharge-criterion-mark" aria-hidden="true">
            {c.met ? '✓' : '✗'}
          </span>
          <span className="discharge-criterion-state">{c.met ? 'Met' : 'Not met'}</span>
          <span className="discharge-criterion-label">{c.label}</span>
          <span className="discharge-criterion-evidence">{c.evidence}</span>
        </li>
      ))}
    </ul>
  );
}
