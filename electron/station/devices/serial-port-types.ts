// A serial port as the settings screen shows it, and as a device is found again by USB identity.

export interface ListedPort {
  /** What to open, e.g. /dev/ttyUSB0 or COM3. */
  path: string;
  /** USB ids as lower-case hex without 0x (e.g. '0403'), null for non-USB ports or when unknown. */
  vendorId: string | null;
  productId: string | null;
  serialNumber: string | null;
  manufacturer: string | null;
  /** 'system': from serialport's listing; 'scan': from looking at /dev ourselves (listing failed). */
  source: 'system' | 'scan';
}
