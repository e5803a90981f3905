// One session as files a clinic can take elsewhere: CSV for spreadsheets, a FHIR R4 Bundle for
// records systems. Times carry the station's own UTC offset, as the clinic reads them.
import type { ExportFile, SessionView } from '../../../shared/api/views';
import { sessionCsv } from '../../../shared/exports/session-csv';
import { sessionFhirBundle } from '../../../shared/exports/session-fhir';
import { localDate } from '../local-dates';

/** Minutes east of UTC at that instant, in the station's time zone (daylight saving included). */
export const stationOffsetMinutes = (ms: number) => -new Date(ms).getTimezoneOffset();

/** A file name that says whose record it is and when, safe on every file system. */
function fileName(view: SessionView, extension: string): string {
  const patient = view.patient.clinicId.replace(/[^A-Za-z0-9-]+/g, '_');
  return `session-${patient}-${localDate(Date.parse(view.checkedInAt))}.${extension}`;
}

export function sessionExports() {
  return {
    csv: (view: SessionView): ExportFile => ({
      fileName: fileName(view, 'csv'),
      mimeType: 'text/csv',
      // A byte-order mark: spreadsheet programs on Windows otherwise misread accented names.
      content: `\uFEFF${sessionCsv(view, stationOffsetMinutes)}`,
    }),
    fhir: (view: SessionView): ExportFile => ({
      fileName: fileName(view, 'fhir.json'),
      mimeType: 'application/fhir+json',
      content: JSON.stringify(sessionFhirBundle(view, stationOffsetMinutes), null, 2),
    }),
  };
}
