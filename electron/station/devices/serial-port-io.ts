// Creating and closing serialport objects the way every monitor line needs them.
import { SerialPort } from 'serialport';

/** 8 data bits, no parity, 1 stop bit, no flow control: every supported monitor (DEVICES.md). */
export function createPort(path: string, baudRate: number): SerialPort {
  return new SerialPort({
    path,
    baudRate,
    dataBits: 8,
    parity: 'none',
    stopBits: 1,
    rtscts: false,
    xon: false,
    xoff: false,
    autoOpen: false,
  });
}

/** Closes a port, never rejecting; resolves once closed (or at once if it was not open). */
export function closePort(port: SerialPort): Promise<void> {
  return new Promise((resolve) => {
    try {
      if (!port.isOpen) return resolve();
      port.close(() => resolve());
    } catch {
      resolve();
    }
  });
}
