// Only on a station started with --test-clock: moves the station's clock forward for rehearsals and tests.
import { useStationApi } from '../api/station-context';
import { useAction } from '../hooks/useAction';
import { FormAlert } from './FormAlert';

const STEPS = [1, 5, 40];

export function TestClockControls() {
  const api = useStationApi();
  const action = useAction();
  return (
    <div className="test-clock" role="group" aria-label="Test clock">
      <span className="test-clock-badge">TEST CLOCK</span>
      {STEPS.map((minutes) => (
        <button
          key={minutes}
          type="button"
          className="button button--small"
          disabled={action.pending}
          onClick={() => void action.runAnonymous(() => api['clock.advance']({ minutes }))}
        >
          +{minutes} min
        </button>
      ))}
      <FormAlert error={action.error} className="form-alert--inline" />
    </div>
  );
}
