// Buttons that take a session's record out of the station: a PDF of the printed record, CSV and
// FHIR. In the Electron shell the PDF is made by the main process and saved where the user says;
// in a browser the print layout opens in a new tab, whose own print dialog saves it as PDF.
import { useId, useState } from 'react';
import type { ExportFile } from '../../../../shared/api/views';
import { useStationApi } from '../../api/station-context';
import { StationApiError } from '../../api/station-api-error';
import { useAction } from '../../hooks/useAction';
import { FormAlert } from '../FormAlert';
import { printUrl } from '../../print/print-url';
import { downloadFile } from './download-file';
import { stationShell } from './station-shell';

type Doing = 'pdf' | 'csv' | 'fhir';

const LABELS: Record<Doing, string> = { pdf: 'PDF', csv: 'CSV', fhir: 'FHIR' };

async function makePdf(sessionId: string): Promise<string | null> {
  const shell = stationShell();
  if (shell) {
    const result = await shell.savePdf(sessionId);
    if (result.outcome === 'failed') throw new StationApiError('internal', `The PDF was not saved: ${result.message}`);
    return result.outcome === 'saved' ? `PDF saved: ${result.fileName}` : null;
  }
  const opened = window.open(printUrl(sessionId), '_blank');
  if (!opened) throw new StationApiError('internal', 'The browser did not open the printable record. Allow new windows for the station and try again.');
  return 'The printable record opened in a new tab: use “Print or save as PDF” there.';
}

export function ExportActions(props: { sessionId: string }) {
  const api = useStationApi();
  const action = useAction();
  const [doing, setDoing] = useState<Doing | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const labelId = useId();
  const statusId = useId();

  const run = async (what: Doing) => {
    setDoing(what);
    setDone(null);
    // Files leave the station in the name of whoever is signed in (the station keeps it in the audit trail).
    const note = await action.run(async (by) => {
      if (what === 'pdf') return makePdf(props.sessionId);
      const input = { sessionId: props.sessionId, by };
      const file: ExportFile = what === 'csv' ? await api['export.sessionCsv'](input) : await api['export.sessionFhir'](input);
      downloadFile(file);
      return `${LABELS[what]} downloaded: ${file.fileName}`;
    });
    setDoing(null);
    if (note) setDone(note);
  };

  return (
    <div className="export-actions" role="group" aria-labelledby={labelId}>
      <span className="export-actions-label" id={labelId}>
        Export record
      </span>
      {(Object.keys(LABELS) as Doing[]).map((what) => (
        <button
          key={what}
          type="button"
          className="button button--small"
          disabled={action.pending}
          aria-describedby={doing === what ? statusId : undefined}
          onClick={() => void run(what)}
        >
          {doing === what ? `${LABELS[what]}…` : LABELS[what]}
        </button>
      ))}
      <span className="export-actions-status" id={statusId} role="status">
        {doing ? `Preparing the ${LABELS[doing]}…` : (done ?? '')}
      </span>
      <FormAlert error={action.error} className="export-actions-status" />
    </div>
  );
}
