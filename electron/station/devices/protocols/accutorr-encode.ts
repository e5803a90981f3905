// Builds Accutorr PC-interface text for the simulator and the tests (DEVICES.md §4): the reply to
// a `P` poll is `P:` and nine comma-separated fields, then CR LF; `--` marks a value not available.
// The banner text is SYNTHETIC (the real wording is not public); only the `>` prompt after it matters.
import { ascii } from './bytes';

export const ACCUTORR_POLL = ascii('P');
export const ACCUTORR_PROMPT = '>';

export interface AccutorrValues {
  spo2: number | null;
  pulse: number | null;
  systolic: number | null;
  map: number | null;
  diastolic: number | null;
  /** The three status fields, passed through as the device would write them. */
  status?: [string, string, string];
  /** Minutes since the last NIBP measurement. */
  minutes: number | null;
}

export function accutorrReply(v: AccutorrValues): string {
  const field = (n: number | null) => (n === null ? '--' : String(n).padStart(3, ' '));
  const status = v.status ?? ['000', '000', '000'];
  const fields = [field(v.spo2), field(v.pulse), field(v.systolic), field(v.map), field(v.diastolic), ...status, field(v.minutes)];
  return `P:${fields.join(',')}\r\n`;
}

export function accutorrBanner(): string {
  return `ACCUTORR READY\r\n${ACCUTORR_PROMPT}`;
}
