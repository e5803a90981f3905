// The ports offered on the settings screen. serialport's listing spawns `udevadm` on Linux; on a
// machine without it the listing rejects (spawn ENOENT) and some versions have thrown outright.
// Neither may take the station down, so any failure falls back to scanning /dev ourselves.
import { SerialPort } from 'serialport';
import { scanSerialPorts } from './serial-port-scan';
import type { ListedPort } from './serial-port-types';

export type { ListedPort } from './serial-port-types';

/** The shape of SerialPort.list()'s entries that we use. */
export interface SystemPortInfo {
  path: string;
  manufacturer?: string;
  serialNumber?: string;
  vendorId?: string;
  productId?: string;
}

export interface PortListDeps {
  /** Normally SerialPort.list. */
  systemList: () => Promise<SystemPortInfo[]>;
  /** Normally scanSerialPorts on /dev and /sys. */
  scan: () => ListedPort[];
  /** Told why the system listing failed (for the log); never required. */
  onFallback?: (reason: string) => void;
}

const defaultDeps: PortListDeps = {
  systemList: () => SerialPort.list(),
  scan: () => scanSerialPorts(),
};

function text(v: string | undefined): string | null {
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : null;
}

function hexId(v: string | undefined): string | null {
  const s = text(v);
  return s === null ? null : s.replace(/^0x/i, '').toLowerCase();
}

function fromSystem(p: SystemPortInfo): ListedPort {
  return {
    path: p.path,
    vendorId: hexId(p.vendorId),
    productId: hexId(p.productId),
    serialNumber: text(p.serialNumber),
    manufacturer: text(p.manufacturer),
    source: 'system',
  };
}

function safeScan(scan: () => ListedPort[]): ListedPort[] {
  try {
    return scan();
  } catch {
    return [];
  }
}

/** Never rejects: the system listing when it works, otherwise what a scan of /dev finds. */
export async function listSerialPorts(deps: Partial<PortListDeps> = {}): Promise<ListedPort[]> {
  const { systemList, scan, onFallback } = { ...defaultDeps, ...deps };
  let reason: string;
  try {
    // Called inside the try: a synchronous throw (before any promise exists) lands in the catch too.
    const listed = await systemList();
    const ports = Array.isArray(listed)
      ? listed.filter((p) => p && typeof p.path === 'string' && p.path !== '').map(fromSystem)
      : [];
    // Without a udev database (containers, minimal installs) udevadm succeeds but knows no ports.
    if (ports.length > 0) return ports;
    reason = 'the system listing found no ports';
  } catch (err) {
    reason = err instanceof Error ? err.message : String(err);
  }
  try {
    onFallback?.(reason);
  } catch {
    // A failing logger must not hide the ports.
  }
  return process.platform === 'linux' || deps.scan ? safeScan(scan) : [];
}
