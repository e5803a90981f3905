// Words for the paper record. Only wording: every fact and verdict comes from the core's view.
import type { EntryView, SessionView } from '../../../shared/api/views';
import { dateAndClock } from '../format/time';

export function yesNo(value: boolean | null): string {
  return value === null ? 'not recorded' : value ? 'yes' : 'no';
}

/** e.g. "26 Nov 2026". */
export function longDate(iso: string): string {
  return new Date(iso).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });
}

/** YYYY-MM-DD in the station's local time, for file names. */
export function isoDay(iso: string): string {
  const d = new Date(iso);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** Everyone who recorded something, in the order they first did. The station's own "ready to
 *  leave" entry is not a person's. */
export function recorders(entries: EntryView[]): string[] {
  return [...new Set(entries.filter((e) => e.body.kind !== 'ready-to-leave').map((e) => e.by))];
}

/** The clinician who signed the discharge off: the account that signed with its PIN, or the name recorded. */
export function signingClinician(view: SessionView): string | null {
  const closure = view.closure;
  if (!closure || closure.kind !== 'discharged') return null;
  return closure.signedOffBy?.name ?? closure.clinician ?? closure.by;
}

/** Where a reading came from: typed in, or the monitor's name. */
export function readingSource(entry: EntryView): string {
  return entry.body.kind === 'observation' && entry.body.source ? entry.body.source.deviceName : 'typed in';
}

/** "Session open" / "Discharged 26 Nov 2026, 12:10" / "Ended without dose …": the record's state. */
export function recordState(view: SessionView): string {
  const closure = view.closure;
  if (!closure) return 'Open: in progress when printed';
  if (closure.kind === 'cancelled') return `Ended without dose, ${dateAndClock(closure.at)}`;
  return `${closure.override ? 'Discharged with override' : 'Discharged'}, ${dateAndClock(closure.at)}`;
}

/** Minutes from the dose, as the record counts them ("+40", "-12"); empty when there is no dose. */
export function minutesFromDose(view: SessionView, at: string): string {
  if (view.timer.anchorAt === null) return '';
  const min = Math.round((Date.parse(at) - Date.parse(view.timer.anchorAt)) / 60_000);
  return min > 0 ? `+${min}` : String(min);
}
