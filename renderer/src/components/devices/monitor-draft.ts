// The "Add monitor" form's values as typed, and the request they become. The USB identity is never
// typed: it comes with a port chosen from the list, so the core can find the monitor again when the
// port's name changes.
import type { RequestInput } from '../../../../shared/api/contract';
import type { DevicesView, DeviceView, PortView } from '../../../../shared/api/views';
import type { DeviceProtocolName, UsbIdentity } from '../../../../shared/domain/devices';
import type { FieldIssue } from '../../api/station-api-error';

/** The Chair select's value for a monitor shared between chairs. */
export const SHARED = '*shared*';

export interface MonitorDraft {
  name: string;
  protocol: DeviceProtocolName | '';
  path: string;
  baudRate: string;
  /** A chair id, SHARED, or '' when nothing is chosen yet. */
  chair: string;
  measureScheduledChecks: boolean;
}

export type DeviceInput = RequestInput<'devices.save'>['device'];
type Protocols = DevicesView['protocols'];

export const EMPTY_DRAFT: MonitorDraft = {
  name: '',
  protocol: '',
  path: '',
  baudRate: '9600',
  chair: '',
  measureScheduledChecks: false,
};

export function draftFromDevice(d: DeviceView): MonitorDraft {
  return {
    name: d.name,
    protocol: d.protocol,
    path: d.path,
    baudRate: String(d.baudRate),
    chair: d.chairId ?? SHARED,
    measureScheduledChecks: d.measureScheduledChecks,
  };
}

export function canStart(protocols: Protocols, protocol: DeviceProtocolName | ''): boolean {
  return protocols.some((p) => p.name === protocol && p.canStartMeasurement);
}

/** Picking a protocol prefills its usual baud rate; a monitor that cannot be started cannot measure by itself. */
export function withProtocol(draft: MonitorDraft, protocols: Protocols, protocol: DeviceProtocolName | ''): MonitorDraft {
  const info = protocols.find((p) => p.name === protocol);
  return {
    ...draft,
    protocol,
    baudRate: info ? String(info.defaultBaud) : draft.baudRate,
    measureScheduledChecks: info?.canStartMeasurement ? draft.measureScheduledChecks : false,
  };
}

function identityOf(port: PortView): UsbIdentity | null {
  const { vendorId, productId, serialNumber } = port;
  return vendorId || productId || serialNumber ? { vendorId, productId, serialNumber } : null;
}

/** The USB identity for the path: from the port found there, else the one the monitor already had on that path. */
export function usbFor(path: string, ports: readonly PortView[] | null, editing: DeviceView | null): UsbIdentity | null {
  const port = ports?.find((p) => p.path === path.trim());
  if (port) return identityOf(port);
  if (editing && editing.path === path.trim()) return editing.usb;
  return null;
}

/** The request's device, or the fields that must be chosen first (nothing is sent then). */
export function toDeviceInput(
  draft: MonitorDraft,
  protocols: Protocols,
  ports: readonly PortView[] | null,
  editing: DeviceView | null,
): { device: DeviceInput } | { issues: FieldIssue[] } {
  const issues: FieldIssue[] = [];
  // The same words the core uses, so that everything missing is said at once.
  if (draft.name.trim() === '') issues.push({ path: 'device.name', message: 'Monitor name is required' });
  if (draft.protocol === '') issues.push({ path: 'device.protocol', message: 'Choose the monitor\'s protocol' });
  if (draft.path.trim() === '') issues.push({ path: 'device.path', message: 'Port is required' });
  if (draft.chair === '') issues.push({ path: 'device.chairId', message: 'Choose the chair it serves, or “Shared between chairs”' });
  if (draft.protocol === '' || issues.length > 0) return { issues };
  return {
    device: {
      ...(editing ? { id: editing.id } : {}),
      name: draft.name,
      protocol: draft.protocol,
      path: draft.path,
      baudRate: Number(draft.baudRate),
      usb: usbFor(draft.path, ports, editing),
      chairId: draft.chair === SHARED ? null : draft.chair,
      measureScheduledChecks: canStart(protocols, draft.protocol) && draft.chair !== SHARED && draft.measureScheduledChecks,
    },
  };
}
