// Adds a BP monitor, or changes one: name, protocol, port, baud rate, the chair it serves (or shared),
// and whether it measures scheduled checks by itself. The core's refusals appear at their fields.
import { useId, useState, type FormEvent } from 'react';
import type { DevicesView, DeviceView } from '../../../../shared/api/views';
import type { DeviceProtocolName } from '../../../../shared/domain/devices';
import { useStationApi } from '../../api/station-context';
import { BAUD_RATES } from '../../format/devices';
import { fieldError, useAction } from '../../hooks/useAction';
import { usePorts } from '../../hooks/usePorts';
import { FormAlert } from '../FormAlert';
import { SelectField } from '../SelectField';
import { TextField } from '../TextField';
import { canStart, draftFromDevice, EMPTY_DRAFT, SHARED, toDeviceInput, withProtocol, type MonitorDraft } from './monitor-draft';
import { PortPicker } from './PortPicker';

const FIELDS: Record<string, string> = {
  'device.name': 'Monitor name',
  'device.protocol': 'Protocol',
  'device.path': 'Port path',
  'device.baudRate': 'Baud rate',
  'device.chairId': 'Chair',
};

const BAUD_OPTIONS = BAUD_RATES.map((b) => ({ value: String(b), label: String(b) }));

export function MonitorForm(props: {
  protocols: DevicesView['protocols'];
  chairs: Array<{ id: string; name: string }>;
  editing: DeviceView | null;
  onSaved: (view: DevicesView, name: string) => void;
  onCancel: () => void;
}) {
  const { protocols, editing } = props;
  const api = useStationApi();
  const action = useAction();
  const { ports, load, refresh } = usePorts();
  const [draft, setDraft] = useState<MonitorDraft>(() => (editing ? draftFromDevice(editing) : EMPTY_DRAFT));
  const set = (change: Partial<MonitorDraft>) => setDraft((d) => ({ ...d, ...change }));
  // Only a monitor that serves one chair and can be told to measure may take scheduled checks by itself.
  const startable = canStart(protocols, draft.protocol) && draft.chair !== SHARED;
  const usualBaud = protocols.find((p) => p.name === draft.protocol)?.defaultBaud;
  const startableLabels = protocols.filter((p) => p.canStartMeasurement).map((p) => p.label);
  const title = editing ? `Edit ${editing.name}` : 'Add monitor';
  const scheduledHintId = useId();

  async function submit(e: FormEvent) {
    e.preventDefault();
    const input = toDeviceInput(draft, protocols, ports, editing);
    if ('issues' in input) {
      action.fail(input.issues[0]!.message, input.issues);
      return;
    }
    const view = await action.run((by) => api['devices.save']({ device: input.device, by }));
    if (view) props.onSaved(view, input.device.name.trim());
  }

  const error = (path: string) => fieldError(action.error, path);
  return (
    <form onSubmit={submit} className="monitor-form" aria-label={title} noValidate>
      <h4 className="monitor-form-title">{title}</h4>
      <div className="field-row">
        <TextField label="Monitor name" hint="as the nurses call it" value={draft.name} onChange={(name) => set({ name })} size="m" error={error('device.name')} autoFocus />
        <SelectField
          label="Protocol"
          value={draft.protocol}
          placeholder="Choose a protocol"
          options={protocols.map((p) => ({ value: p.name, label: p.label }))}
          onChange={(value) => setDraft((d) => withProtocol(d, protocols, value as DeviceProtocolName | ''))}
          size="l"
          error={error('device.protocol')}
        />
      </div>
      <PortPicker path={draft.path} onPath={(path) => set({ path })} ports={ports} load={load} onRefresh={refresh} error={error('device.path')} />
      <div className="field-row">
        <SelectField
          label="Baud rate"
          hint={usualBaud === undefined ? undefined : `usually ${usualBaud}`}
          value={draft.baudRate}
          options={BAUD_OPTIONS}
          onChange={(baudRate) => set({ baudRate })}
          size="s"
          error={error('device.baudRate')}
        />
        <SelectField
          label="Chair"
          hint="the chair it serves, or shared"
          value={draft.chair}
          placeholder="Choose a chair"
          options={[...props.chairs.map((c) => ({ value: c.id, label: c.name })), { value: SHARED, label: 'Shared between chairs' }]}
          onChange={(chair) => set({ chair })}
          size="m"
          error={error('device.chairId')}
        />
      </div>
      <div className="monitor-form-scheduled">
        <label className={`checkbox${startable ? '' : ' checkbox--disabled'}`}>
          <input
            type="checkbox"
            checked={startable && draft.measureScheduledChecks}
            disabled={!startable}
            aria-describedby={scheduledHintId}
            onChange={(e) => set({ measureScheduledChecks: e.target.checked })}
          />
          Measure scheduled BP checks automatically
        </label>
        <span id={scheduledHintId} className="field-hint">
          {startable
            ? 'The monitor starts a measurement by itself when a BP check falls due.'
            : `Only for monitors the station can start: ${startableLabels.join(', ')}.`}
        </span>
      </div>
      <FormAlert error={action.error} fields={FIELDS} />
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={action.pending}>
          Save monitor
        </button>
        <button type="button" className="button" onClick={props.onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
