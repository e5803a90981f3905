// "Measure now" on a chair whose monitor the station can start. While the monitor cannot take a
// measurement (measuring, unplugged, in error) the button is disabled and says why beside it.
import { useEffect, useId } from 'react';
import type { DeviceView } from '../../../../shared/api/views';
import { useStationApi } from '../../api/station-context';
import { measureBlockedReason } from '../../format/devices';
import { useAction } from '../../hooks/useAction';
import { FormAlert } from '../FormAlert';

export function MeasureNowButton(props: {
  monitor: DeviceView;
  chairId: string;
  chairName: string;
  chairNames: ReadonlyMap<string, string>;
}) {
  const { monitor, chairId } = props;
  const api = useStationApi();
  const action = useAction();
  const reasonId = useId();
  const blocked = measureBlockedReason(monitor, chairId, props.chairNames);

  // A refusal ("not connected") is about the moment it was made: it goes when the monitor's state changes.
  const clear = action.clear;
  useEffect(() => clear(), [monitor.state, clear]);

  return (
    <div className="measure-now">
      <div className="measure-now-row">
        <button
          type="button"
          className="button button--primary measure-now-button"
          aria-label={`Measure now on ${props.chairName}`}
          aria-describedby={blocked ? reasonId : undefined}
          disabled={blocked !== null || action.pending}
          onClick={() => void action.run((by) => api['devices.measureNow']({ chairId, by }))}
        >
          Measure now
        </button>
        {blocked && (
          <span id={reasonId} className="measure-now-reason">
            {blocked}
          </span>
        )}
      </div>
      <FormAlert error={action.error} className="form-alert--inline measure-now-error" />
    </div>
  );
}
