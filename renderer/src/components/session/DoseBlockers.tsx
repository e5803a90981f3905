// What the core says must happen before the dose can be recorded.
export const DOSE_BLOCKERS_ID = 'dose-blockers';

export function DoseBlockers(props: { blockers: string[] }) {
  if (props.blockers.length === 0) return null;
  return (
    <div className="blockers" id={DOSE_BLOCKERS_ID}>
      <h4 className="blockers-title">Before the dose</h4>
      <ul>
        {props.blockers.map((b) => (
          <li key={b}>{b}</li>
        ))}
      </ul>
    </div>
  );
}
