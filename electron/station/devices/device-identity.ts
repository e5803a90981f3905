// Finds a monitor again after its port was renamed (ttyUSB0 -> ttyUSB1, COM3 -> COM5) by the USB
// identity recorded when it was set up.
import type { UsbIdentity } from '../../../shared/domain/devices';
import type { ListedPort } from './serial-port-types';

/** Whether an identity says enough to tell one adapter from another of another kind. */
export function isUsableIdentity(usb: UsbIdentity | null): usb is UsbIdentity {
  return Boolean(usb && (usb.serialNumber || (usb.vendorId && usb.productId)));
}

function same(a: string | null, b: string | null): boolean {
  return a !== null && b !== null && a.toLowerCase() === b.toLowerCase();
}

/**
 * The path of the one port whose known fields all match. Two identical adapters without serial
 * numbers cannot be told apart: then nothing is returned rather than guessing the wrong chair's cuff.
 */
export function findPortByIdentity(ports: ListedPort[], usb: UsbIdentity): string | null {
  const matches = ports.filter(
    (p) =>
      (usb.vendorId === null || same(p.vendorId, usb.vendorId)) &&
      (usb.productId === null || same(p.productId, usb.productId)) &&
      (usb.serialNumber === null || same(p.serialNumber, usb.serialNumber)),
  );
  return matches.length === 1 ? matches[0].path : null;
}
