// BP monitors in words: their state, their last result, their port. A state is never shown by colour
// alone; every value comes from the core.
import type { DeviceView, PortView } from '../../../shared/api/views';
import { clock } from './time';

/** How long a monitor's last result stays on a chair after it arrived. */
export const RECENT_RESULT_MS = 90_000;

export const BAUD_RATES = [1200, 2400, 4800, 9600, 19200, 38400, 57600, 115200] as const;

/** The state after the monitor's name: "connected", "measuring… 142 mmHg", "disconnected since 10:12". */
export function monitorStateText(device: DeviceView, chairNames: ReadonlyMap<string, string> = new Map()): string {
  switch (device.state) {
    case 'connecting':
      return 'connecting…';
    case 'connected':
      return 'connected';
    case 'measuring': {
      const forChair = device.measuringForChairId;
      const other = device.chairId === null && forChair !== null ? ` for ${chairNames.get(forChair) ?? forChair}` : '';
      return device.cuffPressure === null ? `measuring${other}…` : `measuring${other}… ${device.cuffPressure} mmHg`;
    }
    case 'disconnected':
      return `disconnected since ${clock(device.since)}`;
    case 'error':
      return device.detail ? `error: ${device.detail}` : `error since ${clock(device.since)}`;
  }
}

/** The state as a settings list says it, with the device's words and since when. */
export function monitorStateLong(device: DeviceView): string {
  const since = clock(device.since);
  switch (device.state) {
    case 'connecting':
      return `Connecting since ${since}${device.detail ? ` — ${device.detail}` : ''}`;
    case 'connected':
      return `Connected since ${since}`;
    case 'measuring':
      return device.cuffPressure === null ? `Measuring since ${since}` : `Measuring since ${since} — cuff ${device.cuffPressure} mmHg`;
    case 'disconnected':
      return `Disconnected since ${since}${device.detail ? ` — ${device.detail}` : ''}`;
    case 'error':
      return `Error since ${since}${device.detail ? ` — ${device.detail}` : ''}`;
  }
}

/** The last result while it is fresh (about a minute and a half), else null. */
export function recentResult(device: DeviceView, nowIso: string): DeviceView['lastResult'] {
  const result = device.lastResult;
  if (!result) return null;
  const age = Date.parse(nowIso) - Date.parse(result.at);
  return age >= 0 && age < RECENT_RESULT_MS ? result : null;
}

/** "BP 120/80, pulse 72 at 10:14". */
export function resultText(result: NonNullable<DeviceView['lastResult']>): string {
  return `${result.text} at ${clock(result.at)}`;
}

/** Why "Measure now" cannot be pressed, or null when it can. */
export function measureBlockedReason(device: DeviceView, chairId: string, chairNames: ReadonlyMap<string, string>): string | null {
  switch (device.state) {
    case 'connected':
      return null;
    case 'measuring': {
      const forChair = device.measuringForChairId;
      if (forChair !== null && forChair !== chairId) return `Monitor busy: measuring for ${chairNames.get(forChair) ?? forChair}`;
      return 'Measuring now';
    }
    case 'connecting':
      return 'Monitor not connected yet: take the reading by hand';
    case 'disconnected':
      return 'Monitor disconnected: take the reading by hand';
    case 'error':
      return 'Monitor in error: take the reading by hand';
  }
}

/** "USB 0403:6001, serial A10K3, FTDI": what is known about the port besides its path. */
export function portIdentity(port: PortView): string {
  const parts: string[] = [];
  if (port.vendorId || port.productId) parts.push(`USB ${port.vendorId ?? '?'}:${port.productId ?? '?'}`);
  if (port.serialNumber) parts.push(`serial ${port.serialNumber}`);
  if (port.manufacturer) parts.push(port.manufacturer);
  return parts.join(', ');
}

export function portLabel(port: PortView): string {
  const identity = portIdentity(port);
  return identity ? `${port.path} — ${identity}` : port.path;
}

/** "Chair 1" or "Shared between chairs". */
export function servesText(chairId: string | null, chairNames: ReadonlyMap<string, string>): string {
  return chairId === null ? 'Shared between chairs' : (chairNames.get(chairId) ?? chairId);
}
