// Omron HBP-9020 / HBP-9030 CSV lines (DEVICES.md §3). LOW CONFIDENCE: the layouts come from code
// comments in public projects, not from a manual, so recognition is deliberately narrow:
// - HBP-9020: tag "bp" and 9 fields: bp, id, date, time, systolic, MAP (probably), diastolic, pulse, flag.
// - HBP-9030: no known tag; at least 9 fields with systolic, diastolic, pulse as fields 7, 8, 9.
// Any other line is skipped. A capture from a real device should confirm this before trusting MAP.
import type { EventList } from './event-list';
import { fromTag, LineParser, wholeNumber } from './line-parser';
import { readingOrFailure } from './plausibility';
import type { ProtocolParser } from './types';

/** Lines arrive whole at 2400 baud in well under a second; a second of quiet ends a broken one. */
export const OMRON_INTER_BYTE_TIMEOUT_MS = 1000;
/** The example line is 53 characters; 256 leaves room for a longer id without accepting endless noise. */
const MAX_LINE = 256;
const TAG_9020 = 'bp,';

class OmronCsvParser extends LineParser {
  constructor() {
    super(OMRON_INTER_BYTE_TIMEOUT_MS, MAX_LINE);
  }

  protected line(text: string, out: EventList): boolean {
    // A line carrying the HBP-9020 tag is read only as that layout: falling back to field positions
    // on a damaged tagged line would read the wrong columns.
    return text.includes(TAG_9020) ? this.hbp9020(text, out) : this.hbp9030(text, out);
  }

  private hbp9020(text: string, out: EventList): boolean {
    const record = text.slice(text.lastIndexOf(TAG_9020));
    const f = record.split(',').map((s) => s.trim());
    if (f.length !== 9) return false;
    const [systolic, map, diastolic, pulse] = [f[4], f[5], f[6], f[7]].map(wholeNumber);
    if (systolic === null || diastolic === null || pulse === null || map === null) return false;
    fromTag(text, TAG_9020, out); // reports any noise in front of the tag
    const deviceTime = f[2] && f[3] ? `${f[2]} ${f[3]}` : null;
    out.add(readingOrFailure({ systolic, diastolic, map: map === 0 ? null : map, pulse, deviceTime, raw: record }));
    return true;
  }

  private hbp9030(text: string, out: EventList): boolean {
    const f = text.split(',').map((s) => s.trim());
    if (f.length < 9) return false;
    const [systolic, diastolic, pulse] = [f[6], f[7], f[8]].map(wholeNumber);
    if (systolic === null || diastolic === null || pulse === null) return false;
    out.add(readingOrFailure({ systolic, diastolic, map: null, pulse, deviceTime: null, raw: text }));
    return true;
  }
}

export function createOmronCsvParser(): ProtocolParser {
  return new OmronCsvParser();
}
