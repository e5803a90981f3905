// BP monitors attached to the station by serial line, as the clinic configures them.

export const DEVICE_PROTOCOLS = [
  { name: 'suntech', label: 'SunTech Advantage', defaultBaud: 9600, canStartMeasurement: true },
  { name: 'and-tm2655', label: 'A&D TM-2655 / TM-2657', defaultBaud: 2400, canStartMeasurement: true },
  { name: 'omron-csv', label: 'Omron HBP-9020 / HBP-9030 (CSV)', defaultBaud: 2400, canStartMeasurement: false },
  { name: 'accutorr', label: 'Accutorr PC interface', defaultBaud: 9600, canStartMeasurement: false },
] as const;

export type DeviceProtocolName = (typeof DEVICE_PROTOCOLS)[number]['name'];
export const DEVICE_PROTOCOL_NAMES = DEVICE_PROTOCOLS.map((p) => p.name) as [DeviceProtocolName, ...DeviceProtocolName[]];

export interface UsbIdentity {
  vendorId: string | null;
  productId: string | null;
  serialNumber: string | null;
}

export interface DeviceConfig {
  id: string;
  name: string;
  protocol: DeviceProtocolName;
  path: string;
  baudRate: number;
  /** Found again by this identity when the port's name changes (COM3 -> COM5, ttyUSB0 -> ttyUSB1). */
  usb: UsbIdentity | null;
  /** The chair it serves, or null for a monitor shared between chairs (assigned per measurement). */
  chairId: string | null;
  /** Start a measurement by itself when a scheduled BP check becomes due (monitors that can). */
  measureScheduledChecks: boolean;
}

export function protocolInfo(name: DeviceProtocolName) {
  return DEVICE_PROTOCOLS.find((p) => p.name === name)!;
}
