// Builds A&D TM-2655 / TM-2657 frames by the rules in DEVICES.md §2.
// Command frames are as documented (start and stop verified against public captures). No complete
// capture of a reply exists, so the acknowledgment and data frames built here are SYNTHETIC: they
// follow our reading of the description, for the simulator and the tests, and are not a device record.
import { ascii, concat } from './bytes';

export const AND = { SYN: 0x16, SOH: 0x01, STX: 0x02, ETX: 0x03, ACK: 0x06, RS: 0x1e } as const;

/** The address characters after SOH ('0' '0' in every known command). */
const ADDRESS = ascii('00');

export function xorBytes(bytes: ArrayLike<number>): number {
  let x = 0;
  for (let i = 0; i < bytes.length; i++) x ^= bytes[i];
  return x;
}

/** SYN SYN SOH '0' '0' STX c1 c2 ETX BCC, with BCC the XOR of SOH through ETX. */
export function andCommand(code: string): Uint8Array {
  const checked = concat([AND.SOH], ADDRESS, [AND.STX], ascii(code), [AND.ETX]);
  return concat([AND.SYN, AND.SYN], checked, [xorBytes(checked)]);
}

export const AND_COMMANDS = {
  start: andCommand('ST'),
  stop: andCommand('SP'),
  readResult: andCommand('RB'),
} as const;

/** Synthetic 6-byte acknowledgment: the command header with ACK in place of STX. */
export function andAckFrame(): Uint8Array {
  return concat([AND.SYN, AND.SYN, AND.SOH], ADDRESS, [AND.ACK]);
}

export interface AndResult {
  /** yymmddhhmm */
  deviceTime: string;
  /** 'E00' normal, otherwise the device's error code. */
  errorCode?: string;
  systolic: number | null;
  map: number | null;
  diastolic: number | null;
  pulse: number | null;
}

export interface AndFrameOptions {
  /** Put the command-style header SYN SYN SOH '0' '0' before STX. */
  header?: boolean;
  /**
   * 'after-stx' (default): BCC = XOR of the bytes after STX through ETX, the rule the parser assumes.
   * 'from-soh': the command frames' rule (XOR SOH through ETX, needs the header).
   */
  bcc?: 'after-stx' | 'from-soh';
}

/**
 * Synthetic data frame: STX, eight RS-separated space-padded fields, ETX, BCC. Fields 2 and 3 are
 * not described anywhere public and are left blank.
 */
export function andDataFrame(r: AndResult, options: AndFrameOptions = {}): Uint8Array {
  const fields = [r.deviceTime, '', '', r.errorCode ?? 'E00', tagged('S', r.systolic), tagged('M', r.map), tagged('D', r.diastolic), tagged('P', r.pulse)];
  const payload: number[] = [];
  fields.forEach((f, i) => {
    if (i > 0) payload.push(AND.RS);
    payload.push(...ascii(f.padEnd(4, ' ')));
  });
  const header = options.header || options.bcc === 'from-soh' ? concat([AND.SYN, AND.SYN, AND.SOH], ADDRESS) : new Uint8Array(0);
  const afterStx = concat(payload, [AND.ETX]);
  const bcc = options.bcc === 'from-soh' ? xorBytes(concat(header.subarray(2), [AND.STX], afterStx)) : xorBytes(afterStx);
  return concat(header, [AND.STX], afterStx, [bcc]);
}

function tagged(letter: string, value: number | null): string {
  return value === null ? `${letter}---` : `${letter}${String(value).padStart(3, ' ')}`;
}
