// The monitor's port: picked from the ports the core found (with what is known of their USB
// identity), or typed. Picking one fills "Port path"; the USB identity goes with it.
import type { PortView } from '../../../../shared/api/views';
import type { Action } from '../../hooks/useAction';
import { portIdentity, portLabel } from '../../format/devices';
import { FormAlert } from '../FormAlert';
import { SelectField } from '../SelectField';
import { TextField } from '../TextField';

function placeholder(ports: PortView[] | null, loading: boolean): string {
  if (loading) return 'Looking for ports…';
  if (ports === null) return 'Ports not listed';
  if (ports.length === 0) return 'No ports found: type the path';
  return 'Choose a port, or type its path';
}

export function PortPicker(props: {
  path: string;
  onPath: (path: string) => void;
  ports: PortView[] | null;
  load: Action;
  onRefresh: () => void;
  error?: string | undefined;
}) {
  const { ports, load } = props;
  const chosen = ports?.find((p) => p.path === props.path.trim()) ?? null;
  const identity = chosen ? portIdentity(chosen) : '';
  return (
    <fieldset className="port-picker">
      <legend className="port-picker-legend">Port</legend>
      <div className="field-row field-row--end">
        <SelectField
          label="Ports found on this PC"
          value={chosen?.path ?? ''}
          options={(ports ?? []).map((p) => ({ value: p.path, label: portLabel(p) }))}
          placeholder={placeholder(ports, load.pending)}
          onChange={(path) => {
            if (path !== '') props.onPath(path);
          }}
          size="l"
        />
        <button type="button" className="button" onClick={props.onRefresh} disabled={load.pending}>
          Refresh ports
        </button>
      </div>
      <TextField
        label="Port path"
        hint="e.g. COM3 or /dev/ttyUSB0"
        value={props.path}
        onChange={props.onPath}
        size="l"
        error={props.error}
      />
      <p className="port-picker-identity" role="status">
        {chosen ? (identity ? `Found by its USB identity if the port name changes: ${identity}` : 'No USB identity known for this port') : ''}
      </p>
      <FormAlert error={load.error} className="form-alert--inline" />
    </fieldset>
  );
}
