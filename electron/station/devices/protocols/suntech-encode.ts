// Builds SunTech Advantage frames by the rules in DEVICES.md §1, for the driver's commands, the
// simulator and the tests. Module -> host: 0x3E, LEN (whole frame), data, checksum; host -> module:
// 0x3A, command bytes, checksum. The checksum makes the sum of all frame bytes 0 modulo 256.

export const SUNTECH_REPLY_START = 0x3e;
export const SUNTECH_COMMAND_START = 0x3a;
export const SUNTECH_LEN = { status: 0x04, cuff: 0x05, result: 0x18 } as const;

/** The byte that makes the sum of `bytes` plus itself 0 modulo 256. */
export function suntechChecksum(bytes: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < bytes.length; i++) sum += bytes[i];
  return (256 - (sum & 0xff)) & 0xff;
}

/** A module -> host frame around `data` (everything between LEN and the checksum). */
export function suntechFrame(data: ArrayLike<number>): Uint8Array {
  const body = [SUNTECH_REPLY_START, data.length + 3, ...Array.from(data, (b) => b & 0xff)];
  return Uint8Array.from([...body, suntechChecksum(body)]);
}

/** A host -> module command. */
export function suntechCommand(bytes: ArrayLike<number>): Uint8Array {
  const body = [SUNTECH_COMMAND_START, ...Array.from(bytes, (b) => b & 0xff)];
  return Uint8Array.from([...body, suntechChecksum(body)]);
}

export const SUNTECH_STATUS_LETTERS = {
  received: 'O',
  complete: 'K',
  aborted: 'A',
  busy: 'B',
  error: 'E',
  unrecognized: 'D',
  sleeping: 'S',
  timeout: 'T',
} as const;
export type SuntechStatus = keyof typeof SUNTECH_STATUS_LETTERS;

export function encodeSuntechStatus(status: SuntechStatus): Uint8Array {
  return suntechFrame([SUNTECH_STATUS_LETTERS[status].charCodeAt(0)]);
}

export function encodeSuntechCuff(pressure: number): Uint8Array {
  return suntechFrame(u16(pressure));
}

export interface SuntechResult {
  systolic: number;
  diastolic: number;
  map: number;
  /** Heart rate, one byte. */
  pulse: number;
  /** 0 = OK; otherwise the code as DEVICES.md writes it (87 = cuff loose), stored as that number. */
  errorCode?: number;
  beats?: number;
  bpStatus?: number;
}

/** The 24-byte result frame (offsets per DEVICES.md; test codes and spare bytes zero). */
export function encodeSuntechResult(r: SuntechResult): Uint8Array {
  const data = new Array<number>(0x18 - 3).fill(0);
  const put = (offset: number, bytes: number[]) => bytes.forEach((b, i) => (data[offset - 2 + i] = b));
  put(2, u16(r.systolic));
  put(4, u16(r.diastolic));
  put(6, [r.beats ?? 30]);
  put(7, [r.bpStatus ?? 1]);
  put(16, [r.pulse & 0xff]);
  put(18, u16(r.map));
  put(20, [r.errorCode ?? 0]);
  return suntechFrame(data);
}

function u16(value: number): number[] {
  return [value & 0xff, (value >> 8) & 0xff];
}
