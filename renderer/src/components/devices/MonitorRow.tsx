// One configured monitor in the settings: what it is, where it is plugged in, whom it serves and
// what it is doing, with Edit and Remove (asked again before anything is removed).
import { useState } from 'react';
import type { DevicesView, DeviceView } from '../../../../shared/api/views';
import { useStationApi } from '../../api/station-context';
import { focusWhenPresent } from '../../focus';
import { monitorStateLong, servesText } from '../../format/devices';
import { useAction } from '../../hooks/useAction';
import { FormAlert } from '../FormAlert';
import { MonitorStateIcon } from './MonitorStateIcon';

export const monitorEditButtonId = (deviceId: string) => `monitor-edit-${deviceId}`;
const removeButtonId = (deviceId: string) => `monitor-remove-${deviceId}`;

export function MonitorRow(props: {
  device: DeviceView;
  chairNames: ReadonlyMap<string, string>;
  editing: boolean;
  onEdit: () => void;
  onRemoved: (view: DevicesView, name: string) => void;
}) {
  const { device } = props;
  const api = useStationApi();
  const action = useAction();
  const [confirming, setConfirming] = useState(false);
  const moved = device.currentPath !== device.path;

  async function remove() {
    const view = await action.run((by) => api['devices.remove']({ deviceId: device.id, by }));
    if (view) props.onRemoved(view, device.name);
  }

  return (
    <li className={`monitor-row monitor-row--${device.state}${props.editing ? ' monitor-row--editing' : ''}`}>
      <div className="monitor-row-main">
        <p className="monitor-row-title">
          <span className="monitor-row-name">{device.name}</span>
          <span className="monitor-row-protocol">{device.protocolLabel}</span>
        </p>
        <p className="monitor-row-facts">
          <span>
            Port <span className="monitor-row-path">{device.currentPath}</span>
            {moved && ` (set up on ${device.path})`} · {device.baudRate} baud
          </span>
          <span className="monitor-row-serves">{servesText(device.chairId, props.chairNames)}</span>
          {device.measureScheduledChecks && <span>Measures scheduled BP checks</span>}
        </p>
        <p className="monitor-row-state">
          <MonitorStateIcon state={device.state} />
          {monitorStateLong(device)}
        </p>
      </div>
      {confirming ? (
        <div className="monitor-row-confirm" role="group" aria-label={`Remove ${device.name}?`}>
          <span>Remove {device.name}? Readings already recorded stay in the records.</span>
          <button type="button" className="button button--danger" onClick={() => void remove()} disabled={action.pending} autoFocus>
            Yes, remove {device.name}
          </button>
          <button
            type="button"
            className="button"
            onClick={() => {
              setConfirming(false);
              focusWhenPresent([removeButtonId(device.id)]);
            }}
          >
            Keep it
          </button>
        </div>
      ) : (
        <div className="monitor-row-actions">
          <button type="button" id={monitorEditButtonId(device.id)} className="button" aria-label={`Edit ${device.name}`} onClick={props.onEdit} disabled={props.editing}>
            Edit
          </button>
          <button type="button" id={removeButtonId(device.id)} className="button" aria-label={`Remove ${device.name}`} onClick={() => setConfirming(true)}>
            Remove
          </button>
        </div>
      )}
      <FormAlert error={action.error} className="form-alert--inline monitor-row-error" />
    </li>
  );
}
