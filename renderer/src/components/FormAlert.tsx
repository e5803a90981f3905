// The message of a failed request, shown at the action (role="alert"). Issues that belong to a field
// on the form are shown at that field instead; here they are only named, so nothing is said twice.
import type { StationApiError } from '../api/station-api-error';

export function FormAlert(props: { error: StationApiError | null; fields?: Record<string, string>; className?: string }) {
  const { error } = props;
  if (!error) return null;
  const fields = props.fields ?? {};
  const placed = error.issues.filter((i) => i.path in fields);
  const unplaced = error.issues.filter((i) => !(i.path in fields) && i.message !== error.message);
  const messageIsPlaced = placed.some((i) => i.message === error.message);
  const placedLabels = [...new Set(placed.map((i) => fields[i.path]))];
  return (
    <div role="alert" className={`form-alert ${props.className ?? ''}`}>
      <p className="form-alert-message">
        {messageIsPlaced ? `Not saved: check ${placedLabels.join(', ')}.` : error.message}
      </p>
      {unplaced.length > 0 && (
        <ul className="form-alert-issues">
          {unplaced.map((i) => (
            <li key={`${i.path}:${i.message}`}>{i.message}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
