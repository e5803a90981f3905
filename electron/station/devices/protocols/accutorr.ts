// Datascope / Mindray Accutorr PC interface (DEVICES.md §4), a polled ASCII protocol: the station
// sends `P` and the monitor answers with its current values, including the last NIBP result with
// its age in minutes. Every poll repeats that result, so the parser reports a result once and then
// 'unchanged' until the values change or the age goes down (a new measurement with equal values).
// A fresh parser (after a reconnect) reports the stored result again, with its age, so the station
// can tell an old measurement from a new one.
import type { EventList } from './event-list';
import { fromTag, LineParser, wholeNumber } from './line-parser';
import { readingOrFailure } from './plausibility';
import type { ProtocolParser } from './types';

export const ACCUTORR_INTER_BYTE_TIMEOUT_MS = 1000;
/** `P:` and nine short fields are about 40 characters; the banner is one short line. */
const MAX_LINE = 256;
const PROMPT = 0x3e; // '>'

class AccutorrParser extends LineParser {
  private last: { key: string; minutes: number | null } | null = null;

  constructor() {
    super(ACCUTORR_INTER_BYTE_TIMEOUT_MS, MAX_LINE);
  }

  protected override resetState(): void {
    this.last = null;
  }

  protected override lineStart(byte: number, out: EventList): boolean {
    if (byte !== PROMPT) return false;
    out.add({ type: 'status', status: 'ready' });
    return true;
  }

  protected line(text: string, out: EventList): boolean {
    const tagged = text.includes('P:') ? text.slice(text.lastIndexOf('P:') + 2) : null;
    if (tagged === null) return false; // the banner, or noise
    const f = tagged.split(',').map((s) => s.trim());
    if (f.length < 9) return false;
    const values: (number | null)[] = [];
    for (const i of [0, 1, 2, 3, 4, 8]) {
      const v = notAvailable(f[i]) ? null : wholeNumber(f[i]);
      if (v === null && !notAvailable(f[i])) return false; // neither a number nor `--`
      values.push(v);
    }
    fromTag(text, 'P:', out);
    const [spo2, pulse, systolic, map, diastolic, minutes] = values;
    if (systolic === null || diastolic === null) {
      out.add({ type: 'status', status: 'no-result' });
      return true;
    }
    // The pulse rate may follow the oximeter live, so it does not identify a blood pressure result.
    const key = `${systolic}/${diastolic}/${map}`;
    const previous = this.last;
    this.last = { key, minutes };
    const newer = previous === null || previous.key !== key || (minutes !== null && previous.minutes !== null && minutes < previous.minutes);
    if (!newer) {
      out.add({ type: 'status', status: 'unchanged' });
      return true;
    }
    out.add(readingOrFailure({ systolic, diastolic, map, pulse, spo2, ageMinutes: minutes, deviceTime: null, raw: `P:${tagged}` }));
    return true;
  }
}

function notAvailable(field: string): boolean {
  return field === '' || /^-+$/.test(field);
}

export function createAccutorrParser(): ProtocolParser {
  return new AccutorrParser();
}
