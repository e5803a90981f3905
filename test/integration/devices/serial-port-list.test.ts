import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { listSerialPorts } from '../../../electron/station/devices/serial-port-list';
import { identityFromByIdName, scanSerialPorts } from '../../../electron/station/devices/serial-port-scan';
import type { ListedPort } from '../../../electron/station/devices/serial-port-types';

/** What child_process.spawn rejects with when the program is not installed. */
function spawnEnoent(): Error {
  return Object.assign(new Error('spawn udevadm ENOENT'), { code: 'ENOENT', errno: -2, syscall: 'spawn udevadm', path: 'udevadm' });
}

const scanned: ListedPort = {
  path: '/dev/ttyUSB0',
  vendorId: '0403',
  productId: '6001',
  serialNumber: 'A6008isP',
  manufacturer: 'FTDI',
  source: 'scan',
};

describe('listing serial ports', () => {
  it('falls back to scanning /dev when udevadm is missing (the listing rejects with spawn ENOENT)', async () => {
    const reasons: string[] = [];
    const ports = await listSerialPorts({
      systemList: () => Promise.reject(spawnEnoent()),
      scan: () => [scanned],
      onFallback: (r) => reasons.push(r),
    });
    expect(ports).toEqual([scanned]);
    expect(reasons).toEqual(['spawn udevadm ENOENT']);
  });

  it('falls back when the listing throws before returning a promise', async () => {
    const ports = await listSerialPorts({
      systemList: () => {
        throw spawnEnoent();
      },
      scan: () => [scanned],
    });
    expect(ports).toEqual([scanned]);
  });

  it('returns an empty list rather than failing when the scan fails too', async () => {
    const ports = await listSerialPorts({
      systemList: () => Promise.reject(spawnEnoent()),
      scan: () => {
        throw new Error('EACCES');
      },
    });
    expect(ports).toEqual([]);
  });

  it("normalises the system listing's USB ids and marks the source", async () => {
    const ports = await listSerialPorts({
      systemList: async () => [{ path: '/dev/ttyUSB3', vendorId: '0x067B', productId: '2303', serialNumber: '', manufacturer: 'Prolific' }],
      scan: () => [scanned],
    });
    expect(ports).toEqual([
      { path: '/dev/ttyUSB3', vendorId: '067b', productId: '2303', serialNumber: null, manufacturer: 'Prolific', source: 'system' },
    ]);
  });

  it('the real listing returns a list on this machine without throwing', async () => {
    const ports = await listSerialPorts();
    expect(Array.isArray(ports)).toBe(true);
    for (const p of ports) expect(typeof p.path).toBe('string');
  });
});

describe('scanning /dev and /sys', () => {
  let root: string | null = null;
  afterEach(() => {
    if (root) rmSync(root, { recursive: true, force: true });
    root = null;
  });

  /** A fake /dev whose tty entries are links to /dev/null (a real character device), and a fake /sys. */
  function fakeTree() {
    root = mkdtempSync(join(tmpdir(), 'port-scan-'));
    const dev = join(root, 'dev');
    const sys = join(root, 'sys');
    mkdirSync(join(dev, 'serial', 'by-id'), { recursive: true });
    symlinkSync('/dev/null', join(dev, 'ttyUSB0'));
    symlinkSync('/dev/null', join(dev, 'ttyACM1'));
    writeFileSync(join(dev, 'ttyUSB9'), 'not a device'); // a plain file is never offered
    symlinkSync('../../ttyUSB0', join(dev, 'serial', 'by-id', 'usb-FTDI_FT232R_USB_UART_A6008isP-if00-port0'));
    symlinkSync('../../ttyACM1', join(dev, 'serial', 'by-id', 'usb-1a86_USB_Serial_5A7B012345-if00'));
    symlinkSync('../../ttyUSB7', join(dev, 'serial', 'by-id', 'usb-Gone_Adapter_123-if00-port0')); // dangling
    // sysfs knows the FTDI adapter's USB device; the ACM one has no sysfs entry here.
    const usbDevice = join(sys, 'devices', 'pci0', 'usb1', '1-1');
    const ttyDevice = join(usbDevice, '1-1:1.0', 'ttyUSB0');
    mkdirSync(ttyDevice, { recursive: true });
    writeFileSync(join(usbDevice, 'idVendor'), '0403\n');
    writeFileSync(join(usbDevice, 'idProduct'), '6001\n');
    writeFileSync(join(usbDevice, 'serial'), 'A6008isP\n');
    writeFileSync(join(usbDevice, 'manufacturer'), 'FTDI\n');
    mkdirSync(join(sys, 'class', 'tty', 'ttyUSB0'), { recursive: true });
    symlinkSync(ttyDevice, join(sys, 'class', 'tty', 'ttyUSB0', 'device'));
    return { dev, sys };
  }

  it('finds existing character devices with their USB identity, from sysfs or the by-id name', () => {
    const { dev, sys } = fakeTree();
    expect(scanSerialPorts({ dev, sys })).toEqual([
      { path: join(dev, 'ttyACM1'), vendorId: '1a86', productId: null, serialNumber: '5A7B012345', manufacturer: null, source: 'scan' },
      { path: join(dev, 'ttyUSB0'), vendorId: '0403', productId: '6001', serialNumber: 'A6008isP', manufacturer: 'FTDI', source: 'scan' },
    ]);
  });

  it('returns nothing, without throwing, when /dev cannot be read', () => {
    expect(scanSerialPorts({ dev: '/nonexistent-dev', sys: '/nonexistent-sys' })).toEqual([]);
  });

  it('reads what it safely can from by-id names', () => {
    expect(identityFromByIdName('usb-Prolific_Technology_Inc._USB-Serial_Controller-if00-port0')).toMatchObject({
      manufacturer: 'Prolific',
      serialNumber: null,
    });
    expect(identityFromByIdName('pci-0000:00:14.0-usb-0:1:1.0-port0')).toMatchObject({ vendorId: null, serialNumber: null });
  });
});
