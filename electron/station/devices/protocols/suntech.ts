// SunTech Advantage OEM NIBP module (DEVICES.md §1): binary frames 0x3E LEN data checksum.
// Unlike serialport's PacketLengthParser (which stalls after a noise pair like `3E 01` and never
// checks checksums), a frame is accepted only with a known LEN and a correct checksum; otherwise one
// byte is dropped and the search for 0x3E starts again from the next byte.
import { hex } from './bytes';
import type { EventList } from './event-list';
import { FramedParser } from './framed-parser';
import { deviceFailure, readingOrFailure } from './plausibility';
import { SUNTECH_LEN, SUNTECH_REPLY_START, SUNTECH_STATUS_LETTERS, type SuntechStatus } from './suntech-encode';
import type { ProtocolParser } from './types';

/** At 9600 baud a whole frame takes 25 ms; a quarter second without the rest means it is broken. */
export const SUNTECH_INTER_BYTE_TIMEOUT_MS = 250;

const VALID_LEN = new Set<number>(Object.values(SUNTECH_LEN));

const STATUS_BY_LETTER = new Map<number, SuntechStatus>(
  Object.entries(SUNTECH_STATUS_LETTERS).map(([status, letter]) => [letter.charCodeAt(0), status as SuntechStatus]),
);

// DEVICES.md lists the codes as two-digit numbers ("87 cuff loose"). We read the error byte's value
// as that decimal number (byte 0x57 = 87), not as hex digits (which would make it 0x87): the public
// sources give the codes as numbers, and the byte holds a number.
export const SUNTECH_ERRORS: Readonly<Record<string, string>> = {
  '01': 'weak signal',
  '02': 'excessive motion',
  '03': 'out of range',
  '04': 'measurement timeout',
  '85': 'pneumatic blockage',
  '87': 'cuff loose or leaking',
  '88': 'safety timeout',
  '89': 'cuff over-pressure',
  '90': 'hardware error',
  '91': 'timeout',
  '97': 'transducer out of range',
  '99': 'EEPROM failure',
};

export function suntechErrorCode(byte: number): string {
  return String(byte).padStart(2, '0');
}

class SuntechParser extends FramedParser {
  constructor() {
    super(SUNTECH_INTER_BYTE_TIMEOUT_MS);
  }

  protected drain(final: boolean, out: EventList): void {
    const q = this.queue;
    while (q.length > 0) {
      let start = 0;
      while (start < q.length && q.at(start) !== SUNTECH_REPLY_START) start++;
      out.skip(start);
      q.drop(start);
      if (q.length === 0) return;
      const len = q.length >= 2 ? q.at(1) : null;
      if (len !== null && !VALID_LEN.has(len)) {
        this.dropOne(out);
        continue;
      }
      if (len === null || q.length < len) {
        // Incomplete: wait for more bytes, unless the line has gone quiet.
        if (!final) return;
        this.dropOne(out);
        continue;
      }
      const frame = q.slice(0, len);
      if (frame.reduce((sum, b) => sum + b, 0) % 256 !== 0) {
        this.dropOne(out);
        continue;
      }
      q.drop(len);
      decodeFrame(frame, out);
    }
  }

  private dropOne(out: EventList): void {
    this.queue.drop(1);
    out.skip(1);
  }
}

function decodeFrame(f: number[], out: EventList): void {
  if (f.length === SUNTECH_LEN.status) {
    const status = STATUS_BY_LETTER.get(f[2]);
    if (status) out.add({ type: 'status', status });
    else out.skip(f.length); // a well-formed status we do not know: nothing to act on
  } else if (f.length === SUNTECH_LEN.cuff) {
    out.add({ type: 'cuff', pressure: u16(f, 2) });
  } else {
    const raw = hex(f);
    const error = f[20];
    if (error !== 0) {
      out.add(deviceFailure(suntechErrorCode(error), SUNTECH_ERRORS, raw));
      return;
    }
    // A zero heart rate or MAP means the module did not determine it; it is not a value.
    const pulse = f[16] === 0 ? null : f[16];
    const map = u16(f, 18) === 0 ? null : u16(f, 18);
    out.add(readingOrFailure({ systolic: u16(f, 2), diastolic: u16(f, 4), map, pulse, deviceTime: null, raw }));
  }
}

function u16(f: number[], offset: number): number {
  return f[offset] | (f[offset + 1] << 8);
}

export function createSuntechParser(): ProtocolParser {
  return new SuntechParser();
}
