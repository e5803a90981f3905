import { describe, expect, it } from 'vitest';
import { neutraliseFormula, SESSION_CSV_COLUMNS, sessionCsv } from '../../../shared/exports/session-csv';
import { call, stationPerTest } from '../../support/station';
import { csvObjects, parseCsv } from './rfc4180';
import {
  MONITOR_NAME,
  PARIS_WINTER,
  recordCancelledSession,
  recordKetamineImSession,
  recordSpravatoSession,
  stationWithMonitorPerTest,
  recordScoredKetamineSession,
  WRONG_READING_REASON,
} from './recorded-sessions';

const NEW_YORK_WINTER = () => -300;

function values(rows: Array<Record<string, string>>, measuredAt: string): Record<string, string> {
  return Object.fromEntries(rows.filter((r) => r.measured_at === measuredAt).map((r) => [r.measure, r.value]));
}

describe('sessionCsv on a Spravato session recorded by the station', () => {
  const t = stationWithMonitorPerTest();

  function exported(offset = PARIS_WINTER) {
    const sessionId = recordSpravatoSession(t);
    const view = call(t.core, 'session.get', { sessionId });
    const csv = sessionCsv(view, offset);
    return { sessionId, view, csv, rows: csvObjects(csv) };
  }

  it('is RFC 4180 with a header row, CRLF line ends and the same number of fields on every row', () => {
    const { csv } = exported();
    const records = parseCsv(csv);
    expect(records[0]).toEqual([...SESSION_CSV_COLUMNS]);
    expect(records.length).toBeGreaterThan(1);
    for (const r of records) expect(r).toHaveLength(SESSION_CSV_COLUMNS.length);
    expect(csv.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
  });

  it('has one row per measured value, blood pressure split into systolic, diastolic and pulse', () => {
    const { rows, sessionId } = exported();
    expect(values(rows, '2026-03-02T10:30:00+01:00')).toEqual({
      'BP systolic': '128',
      'BP diastolic': '84',
      Pulse: '72',
      SpO2: '98',
      'MOAA/S': '5',
      'Dissociation (global rating)': 'none',
    });
    expect(values(rows, '2026-03-02T11:15:00+01:00')).toEqual({
      'BP systolic': '150',
      'BP diastolic': '95',
      Pulse: '88',
      SpO2: '96',
      'MOAA/S': '4',
      'Dissociation (global rating)': 'mild',
      'CADSS total': '12',
    });
    const systolic = rows.find((r) => r.measure === 'BP systolic')!;
    expect(systolic).toMatchObject({ session_id: sessionId, patient_id: 'P-1001', patient_name: 'M. R.', protocol: 'Spravato 56 mg', unit: 'mmHg' });
    expect(rows.find((r) => r.measure === 'Pulse')?.unit).toBe('bpm');
    expect(rows.find((r) => r.measure === 'SpO2')?.unit).toBe('%');
  });

  it('leaves doses and confirmations out: only readings and ratings', () => {
    const { rows } = exported();
    const measures = new Set(rows.map((r) => r.measure));
    expect([...measures].sort()).toEqual(
      ['BP diastolic', 'BP systolic', 'CADSS total', 'Dissociation (global rating)', 'MOAA/S', 'Pulse', 'SpO2'].sort(),
    );
    expect(rows).toHaveLength(6 + 3 + 7 + 3);
  });

  it('writes times in the station offset and puts rows in measurement order, not entry order', () => {
    const { rows } = exported();
    const measured = rows.map((r) => Date.parse(r.measured_at));
    expect(measured).toEqual([...measured].sort((a, b) => a - b));
    // The 40-minute check was typed in after the monitor's reading but measured before it.
    const late = rows.find((r) => r.measure === 'CADSS total')!;
    const device = rows.find((r) => r.source === MONITOR_NAME)!;
    expect(Number(late.entry_id)).toBeGreaterThan(Number(device.entry_id));
    expect(rows.indexOf(late)).toBeLessThan(rows.indexOf(device));
    expect(late).toMatchObject({ measured_at: '2026-03-02T11:15:00+01:00', recorded_at: '2026-03-02T11:18:00+01:00' });
  });

  it('follows the offset it is given', () => {
    const { rows } = exported(NEW_YORK_WINTER);
    expect(rows[0].measured_at).toBe('2026-03-02T04:30:00-05:00');
  });

  it('names the monitor as the source of its readings and "typed in" for the rest (monitor link simulated in memory: the serial path is tested in devices/)', () => {
    const { rows } = exported();
    const fromMonitor = rows.filter((r) => r.source === MONITOR_NAME);
    expect(fromMonitor.map((r) => [r.measure, r.value])).toEqual([
      ['BP systolic', '142'],
      ['BP diastolic', '88'],
      ['Pulse', '80'],
    ]);
    expect(fromMonitor.every((r) => r.recorded_by === `BP monitor ${MONITOR_NAME}` && r.measured_at === '2026-03-02T11:17:00+01:00')).toBe(true);
    expect(rows.filter((r) => r.source !== MONITOR_NAME).every((r) => r.source === 'typed in' && r.recorded_by === 'Nurse Ana')).toBe(true);
  });

  it('keeps a struck reading, marked entered-in-error with the reason, who and when', () => {
    const { rows } = exported();
    const struck = rows.filter((r) => r.status === 'entered-in-error');
    expect(struck.map((r) => [r.measure, r.value])).toEqual([
      ['BP systolic', '118'],
      ['BP diastolic', '62'],
      ['SpO2', '97'],
    ]);
    for (const r of struck) {
      expect(r).toMatchObject({ correction_reason: WRONG_READING_REASON, corrected_by: 'Nurse Ana', corrected_at: '2026-03-02T11:22:00+01:00' });
    }
    const standing = rows.filter((r) => r.status !== 'entered-in-error');
    expect(standing.every((r) => r.status === 'final' && r.correction_reason === '' && r.corrected_at === '')).toBe(true);
  });

  it('writes numbers as plain numbers', () => {
    const { csv } = exported();
    expect(csv).toContain(',BP systolic,128,mmHg,typed in,');
    expect(csv).toContain(',SpO2,98,%,typed in,');
  });

  it('adds a recovery score total, named by its scale', () => {
    const sessionId = recordScoredKetamineSession(t.core, t.clock);
    const view = call(t.core, 'session.get', { sessionId });
    const rows = csvObjects(sessionCsv(view, PARIS_WINTER));
    expect(rows.at(-1)).toMatchObject({ measure: 'Modified Aldrete total', value: '9', unit: 'score 0-10', status: 'final', source: 'typed in' });
  });
});

describe('sessionCsv on other sessions', () => {
  const t = stationPerTest();

  it('exports a ketamine session the same way', () => {
    const sessionId = recordKetamineImSession(t.core, t.clock);
    const rows = csvObjects(sessionCsv(call(t.core, 'session.get', { sessionId }), PARIS_WINTER));
    expect(rows.map((r) => r.measure)).toEqual(['BP systolic', 'BP diastolic', 'Pulse', 'SpO2', 'MOAA/S', 'Dissociation (global rating)']);
    expect(rows.every((r) => r.protocol === 'Ketamine IM' && r.patient_id === 'K-2002' && r.chair === 'Chair 2')).toBe(true);
  });

  it('neutralises a patient name a spreadsheet would run as a formula, and quotes it', () => {
    const name = '=HYPERLINK("http://example.invalid","Open")';
    const sessionId = recordCancelledSession(t.core, t.clock, name);
    const csv = sessionCsv(call(t.core, 'session.get', { sessionId }), PARIS_WINTER);
    const rows = csvObjects(csv);
    expect(rows).toHaveLength(3);
    expect(rows.every((r) => r.patient_name === `'${name}`)).toBe(true);
    expect(csv).toContain(',"\'=HYPERLINK(""http://example.invalid"",""Open"")",');
    expect(csv).not.toMatch(/(^|,)=HYPERLINK/m);
  });
});

describe('neutraliseFormula', () => {
  it('prefixes text that starts like a formula with a single quote', () => {
    for (const text of ['=1+1', '+1', '-1', '@SUM(A1)', '\t=1', '\r=1']) expect(neutraliseFormula(text)).toBe(`'${text}`);
  });

  it('leaves other text alone', () => {
    for (const text of ['M. R.', 'P-1001', '128', '', "'quoted"]) expect(neutraliseFormula(text)).toBe(text);
  });
});
