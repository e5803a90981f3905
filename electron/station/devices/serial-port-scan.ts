// Finds serial ports by looking at /dev and /sys directly. Used when serialport's own listing fails,
// which on Linux happens when `udevadm` is missing (minimal installs, containers): the settings
// screen must still offer the ports that exist. USB identity comes from sysfs (the same attributes
// udev reports as ID_VENDOR_ID / ID_MODEL_ID / ID_SERIAL_SHORT), else from the /dev/serial/by-id name.
import { readdirSync, readFileSync, readlinkSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { ListedPort } from './serial-port-types';

export interface ScanRoots {
  /** Normally /dev. */
  dev: string;
  /** Normally /sys. */
  sys: string;
}

const DEFAULT_ROOTS: ScanRoots = { dev: '/dev', sys: '/sys' };
const TTY_NAME = /^tty(USB|ACM|S)\d+$/;

function readText(path: string): string | null {
  try {
    const s = readFileSync(path, 'utf8').trim();
    return s === '' ? null : s;
  } catch {
    return null;
  }
}

function isCharDevice(path: string): boolean {
  try {
    return statSync(path).isCharacterDevice();
  } catch {
    return false;
  }
}

function listDir(path: string): string[] {
  try {
    return readdirSync(path);
  } catch {
    return [];
  }
}

type Identity = Pick<ListedPort, 'vendorId' | 'productId' | 'serialNumber' | 'manufacturer'>;
const NO_IDENTITY: Identity = { vendorId: null, productId: null, serialNumber: null, manufacturer: null };

/** Walks up from the tty's sysfs device to the USB device that carries idVendor/idProduct. */
function sysfsIdentity(sys: string, ttyName: string): Identity | null {
  let dir: string;
  let root: string;
  try {
    root = realpathSync(sys);
    dir = realpathSync(join(sys, 'class', 'tty', ttyName, 'device'));
  } catch {
    return null;
  }
  for (let i = 0; i < 6 && dir !== root && dir.startsWith(root); i++) {
    const vendorId = readText(join(dir, 'idVendor'));
    if (vendorId) {
      return {
        vendorId,
        productId: readText(join(dir, 'idProduct')),
        serialNumber: readText(join(dir, 'serial')),
        manufacturer: readText(join(dir, 'manufacturer')),
      };
    }
    dir = dirname(dir);
  }
  return null;
}

/**
 * udev names links `usb-<vendor>_<model>[_<serial>]-if<NN>[-port<N>]` with spaces turned into '_',
 * so the split is ambiguous; take only what is fairly safe: the vendor (a hex id when the device
 * has no vendor string) and a trailing serial when there are at least three parts and it has a digit.
 */
export function identityFromByIdName(name: string): Identity {
  const m = /^usb-(.+?)-if[0-9a-f]{2}(-port\d+)?$/i.exec(name);
  if (!m) return NO_IDENTITY;
  const parts = m[1].split('_').filter((p) => p !== '');
  if (parts.length === 0) return NO_IDENTITY;
  const first = parts[0];
  const hexVendor = /^[0-9a-f]{4}$/i.test(first);
  const last = parts[parts.length - 1];
  return {
    vendorId: hexVendor ? first.toLowerCase() : null,
    productId: null,
    serialNumber: parts.length >= 3 && /\d/.test(last) ? last : null,
    manufacturer: hexVendor ? null : first,
  };
}

/** A built-in 8250 UART that the kernel found no hardware for reports type 0; skip those. */
function isAbsentUart(sys: string, ttyName: string): boolean {
  return ttyName.startsWith('ttyS') && readText(join(sys, 'class', 'tty', ttyName, 'type')) === '0';
}

export function scanSerialPorts(roots: ScanRoots = DEFAULT_ROOTS): ListedPort[] {
  const found = new Map<string, ListedPort>();
  const byIdNames = new Map<string, string>();

  const byIdDir = join(roots.dev, 'serial', 'by-id');
  for (const name of listDir(byIdDir)) {
    try {
      // One level only: the links point at ../../ttyUSB0, the name the system listing also uses.
      const target = resolve(byIdDir, readlinkSync(join(byIdDir, name)));
      if (isCharDevice(target)) byIdNames.set(target, name);
    } catch {
      // A dangling link: the adapter was unplugged while we looked.
    }
  }

  const candidates = new Set<string>(byIdNames.keys());
  for (const name of listDir(roots.dev)) {
    if (TTY_NAME.test(name)) candidates.add(join(roots.dev, name));
  }

  for (const path of candidates) {
    const ttyName = basename(path);
    if (!isCharDevice(path) || isAbsentUart(roots.sys, ttyName)) continue;
    const byIdName = byIdNames.get(path);
    const identity = sysfsIdentity(roots.sys, ttyName) ?? (byIdName ? identityFromByIdName(byIdName) : NO_IDENTITY);
    found.set(path, { path, ...identity, source: 'scan' });
  }
  return [...found.values()].sort((x, y) => x.path.localeCompare(y.path, 'en', { numeric: true }));
}
