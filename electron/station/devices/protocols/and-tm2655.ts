// A&D TM-2655 / TM-2657 (DEVICES.md §2). The device answers a command with a 6-byte acknowledgment
// ending in ACK, and delivers a result as STX fields ETX BCC. Bytes before ACK or STX that form the
// command-style header (SYN SYN SOH d d) belong to that frame; anything else is noise.
//
// Assumption (no public capture of a reply exists): the data frame's BCC is the XOR of the bytes after
// STX through ETX. When the frame carries the command-style header, the command frames' own rule
// (XOR from SOH through ETX) is accepted too, so either reading of the documentation decodes.
import { latin1 } from './bytes';
import { AND, xorBytes } from './and-tm2655-encode';
import type { EventList } from './event-list';
import { FramedParser } from './framed-parser';
import { deviceFailure, readingOrFailure } from './plausibility';
import type { ProtocolParser } from './types';

/** At 2400 baud a byte takes about 4 ms; half a second of quiet inside a frame means it is broken. */
export const AND_INTER_BYTE_TIMEOUT_MS = 500;

/** Eight fields of a few characters each fit easily; a longer "frame" is an STX in noise. */
const MAX_FRAME = 160;
const HEADER_LENGTH = 5;

export const AND_ERRORS: Readonly<Record<string, string>> = {
  E11: 'no pressure at start',
  E15: 'no pressure at start',
  E12: 'cannot pressurize in time',
  E13: 'inflation too fast',
  E21: 'exhaust too slow',
  E22: 'exhaust too fast',
  E23: 'excess pressure',
  E24: 'time limit',
  E42: 'pressure insufficient',
  E43: 'no pulse',
  E44: 'patient moved',
  E45: 'diastolic undetermined',
  E46: 'MAP undetermined',
  E48: 'systolic undetermined',
  E61: 'pulse undetermined',
  E63: 'BP out of range',
};

const isDigit = (b: number) => b >= 0x30 && b <= 0x39;

class AndParser extends FramedParser {
  constructor() {
    super(AND_INTER_BYTE_TIMEOUT_MS);
  }

  protected drain(final: boolean, out: EventList): void {
    const q = this.queue;
    while (q.length > 0) {
      let marker = 0;
      while (marker < q.length && q.at(marker) !== AND.STX && q.at(marker) !== AND.ACK) marker++;
      if (marker === q.length) {
        // No frame yet. The last few bytes may be the header of a frame still arriving.
        const keep = final ? 0 : Math.min(HEADER_LENGTH, q.length);
        out.skip(q.length - keep);
        q.drop(q.length - keep);
        return;
      }
      const header = headerBefore(q, marker);
      out.skip(marker - header);
      q.drop(marker - header);
      const stx = header; // the marker's offset now
      if (q.at(stx) === AND.ACK) {
        q.drop(stx + 1);
        out.add({ type: 'status', status: 'ack' });
        continue;
      }
      let etx = stx + 1;
      while (etx < q.length && etx - stx <= MAX_FRAME && q.at(etx) !== AND.ETX && q.at(etx) !== AND.STX) etx++;
      const complete = etx + 1 < q.length && q.at(etx) === AND.ETX;
      if (!complete) {
        const cutShort = etx < q.length && q.at(etx) !== AND.ETX; // a new STX, or far too long
        if (!cutShort && !final && etx - stx <= MAX_FRAME) return; // wait for ETX and BCC
        this.dropFrameStart(stx, out);
        continue;
      }
      const frame = q.slice(0, etx + 2);
      if (!bccMatches(frame, stx)) {
        this.dropFrameStart(stx, out);
        continue;
      }
      q.drop(etx + 2);
      decodePayload(frame.slice(stx + 1, etx), frame, out);
    }
  }

  /** Gives up the header and STX; the search resumes at the byte after STX. */
  private dropFrameStart(stx: number, out: EventList): void {
    this.queue.drop(stx + 1);
    out.skip(stx + 1);
  }
}

/** How many bytes just before `marker` are a (possibly shortened) header: SYN{0,2} SOH digit digit. */
function headerBefore(q: { at(i: number): number }, marker: number): number {
  if (marker < 3 || !isDigit(q.at(marker - 1)) || !isDigit(q.at(marker - 2)) || q.at(marker - 3) !== AND.SOH) return 0;
  let n = 3;
  while (n < HEADER_LENGTH && marker - n - 1 >= 0 && q.at(marker - n - 1) === AND.SYN) n++;
  return n;
}

function bccMatches(frame: number[], stx: number): boolean {
  const bcc = frame[frame.length - 1];
  const body = frame.slice(0, -1);
  if (xorBytes(body.slice(stx + 1)) === bcc) return true;
  const soh = stx - 3;
  return stx >= 3 && frame[soh] === AND.SOH && xorBytes(body.slice(soh)) === bcc;
}

function decodePayload(payload: number[], frame: number[], out: EventList): void {
  const raw = latin1(frame);
  const fields = latin1(payload).split(String.fromCharCode(AND.RS)).map((f) => f.trim());
  const error = fields[3];
  if (fields.length < 8 || !/^E\d\d$/.test(error)) {
    out.skip(frame.length); // checksum fine but not a result we understand
    return;
  }
  if (error !== 'E00') {
    out.add(deviceFailure(error, AND_ERRORS, raw));
    return;
  }
  const systolic = value('S', fields[4]);
  const map = value('M', fields[5]);
  const diastolic = value('D', fields[6]);
  const pulse = value('P', fields[7]);
  if (systolic === undefined || map === undefined || diastolic === undefined || pulse === undefined || systolic === null || diastolic === null) {
    out.skip(frame.length);
    return;
  }
  out.add(readingOrFailure({ systolic, diastolic, map, pulse, deviceTime: fields[0] || null, raw }));
}

/** 'S120' -> 120; 'S---' or 'S' -> null (not measured); anything else -> undefined (not this field). */
function value(letter: string, field: string): number | null | undefined {
  if (field.charAt(0) !== letter) return undefined;
  const rest = field.slice(1).trim();
  if (rest === '' || /^-+$/.test(rest)) return null;
  return /^\d{1,4}$/.test(rest) ? Number(rest) : undefined;
}

export function createAndParser(): ProtocolParser {
  return new AndParser();
}
