// One session's readings and ratings as CSV for a clinic's spreadsheet: long format, one row per
// measured value, so a filter on `measure` and a numeric `value` column are all a chart or an average
// needs. Blood pressure is split into systolic, diastolic and pulse rows rather than one "128/84" cell:
// a spreadsheet cannot average or plot "128/84", and some spreadsheets turn it into a date.
// Struck entries stay in, marked `entered-in-error` with the reason, as the record keeps them.
import type { EntryView, SessionView } from '../api/views';
import type { EntryBody } from '../domain/records';
import { RECOVERY_SCALES } from '../domain/recovery-scores';
import { isoWithOffset } from '../format/iso-offset';

export const SESSION_CSV_COLUMNS = [
  'session_id',
  'patient_id',
  'patient_name',
  'protocol',
  'chair',
  'entry_id',
  'measured_at',
  'recorded_at',
  'measure',
  'value',
  'unit',
  'source',
  'recorded_by',
  'status',
  'correction_reason',
  'corrected_by',
  'corrected_at',
] as const;

type Column = (typeof SESSION_CSV_COLUMNS)[number];
/** Numbers stay numbers in the file, so a spreadsheet sums them; everything else is text. */
type Cell = string | number;
type CsvRow = Record<Column, Cell>;

/** What the source column says for a value nobody's device sent. */
export const TYPED_IN = 'typed in';

interface MeasuredValue {
  measure: string;
  value: Cell;
  unit: string;
}

function observationValues(body: Extract<EntryBody, { kind: 'observation' }>): MeasuredValue[] {
  const values: MeasuredValue[] = [];
  if (body.bp) {
    values.push({ measure: 'BP systolic', value: body.bp.systolic, unit: 'mmHg' });
    values.push({ measure: 'BP diastolic', value: body.bp.diastolic, unit: 'mmHg' });
    if (body.bp.pulse !== undefined) values.push({ measure: 'Pulse', value: body.bp.pulse, unit: 'bpm' });
  }
  if (body.spo2 !== null) values.push({ measure: 'SpO2', value: body.spo2, unit: '%' });
  if (body.moaas !== null) values.push({ measure: 'MOAA/S', value: body.moaas, unit: 'score 0-5' });
  if (body.dissociation) {
    values.push({ measure: 'Dissociation (global rating)', value: body.dissociation.global, unit: '' });
    if (body.dissociation.cadssTotal !== undefined) {
      values.push({ measure: 'CADSS total', value: body.dissociation.cadssTotal, unit: 'score 0-92' });
    }
  }
  return values;
}

/** Readings and ratings only: doses, confirmations and notes are not measurements. */
function measuredValues(body: EntryBody): MeasuredValue[] {
  switch (body.kind) {
    case 'observation':
      return observationValues(body);
    case 'recovery-score':
      return [{ measure: `${RECOVERY_SCALES[body.scale].label} total`, value: body.total, unit: 'score 0-10' }];
    default:
      return [];
  }
}

function sourceOf(body: EntryBody): string {
  return body.kind === 'observation' && body.source ? body.source.deviceName : TYPED_IN;
}

function rowsOfEntry(view: SessionView, entry: EntryView, localTime: (iso: string) => string): CsvRow[] {
  const error = entry.enteredInError;
  return measuredValues(entry.body).map((v) => ({
    session_id: view.sessionId,
    patient_id: view.patient.clinicId,
    patient_name: view.patient.name,
    protocol: view.protocolName,
    chair: view.chairName,
    entry_id: entry.id,
    measured_at: localTime(entry.at),
    recorded_at: localTime(entry.recordedAt),
    measure: v.measure,
    value: v.value,
    unit: v.unit,
    source: sourceOf(entry.body),
    recorded_by: entry.by,
    status: error ? 'entered-in-error' : 'final',
    correction_reason: error?.reason ?? '',
    corrected_by: error?.by ?? '',
    corrected_at: error ? localTime(error.at) : '',
  }));
}

/** Measurement time first; entries taken at the same moment keep the order they were recorded in. */
function inTimeOrder(entries: EntryView[]): EntryView[] {
  return [...entries].sort((a, b) => Date.parse(a.at) - Date.parse(b.at) || a.id - b.id);
}

/**
 * A text cell a spreadsheet would run as a formula (=, +, -, @, or a tab or carriage return before
 * one) gets a leading single quote, so a patient named =HYPERLINK(...) stays a name (OWASP CSV injection).
 */
export function neutraliseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** RFC 4180: a field with a comma, quote or line break is quoted, and its quotes doubled. */
function quoteField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function csvField(cell: Cell): string {
  return typeof cell === 'number' ? String(cell) : quoteField(neutraliseFormula(cell));
}

function csvLine(cells: readonly Cell[]): string {
  return `${cells.map(csvField).join(',')}\r\n`;
}

/**
 * The session's readings and ratings as RFC 4180 CSV (header row, CRLF line ends), in time order.
 * `offsetMinutesAt` gives the station's UTC offset (minutes east of UTC) at an instant, so times read
 * as local clock times with their offset, across a daylight-saving change too.
 */
export function sessionCsv(view: SessionView, offsetMinutesAt: (ms: number) => number): string {
  const localTime = (iso: string): string => {
    const ms = Date.parse(iso);
    return isoWithOffset(ms, offsetMinutesAt(ms));
  };
  const rows = inTimeOrder(view.entries).flatMap((entry) => rowsOfEntry(view, entry, localTime));
  const header = csvLine(SESSION_CSV_COLUMNS);
  return header + rows.map((row) => csvLine(SESSION_CSV_COLUMNS.map((column) => row[column]))).join('');
}
