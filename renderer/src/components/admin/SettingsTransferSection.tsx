// Settings → Transfer: the station's settings and protocols as one file, to set a second station up
// the same way, and that file read back. The core checks an imported file whole: if anything in it is
// wrong, nothing changes and every problem is listed.
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { SettingsImportReport, StationSettingsView } from '../../../../shared/api/views';
import { useStationApi } from '../../api/station-context';
import { useAction } from '../../hooks/useAction';
import { useFlash } from '../../hooks/useFlash';
import { FormAlert } from '../FormAlert';
import { downloadFile } from '../record/download-file';
import { SavedNote } from '../SavedNote';
import { ImportRefusal, ImportReport } from './ImportOutcome';

export function SettingsTransferSection(props: { titleId: string; onImported: (settings: StationSettingsView) => void }) {
  const api = useStationApi();
  const exporting = useAction();
  const importing = useAction();
  const [exported, setExported] = useState('');
  const [exportedVisible, flashExported] = useFlash(6000);
  const [file, setFile] = useState<File | null>(null);
  const [report, setReport] = useState<{ report: SettingsImportReport; fileName: string } | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const outcome = useRef<HTMLDivElement>(null);
  const fileId = useId();
  const hintId = useId();

  // The report or the refusal comes into view: it is the last thing on a long page.
  const refusal = importing.error;
  useEffect(() => {
    if (report || refusal) outcome.current?.scrollIntoView({ block: 'nearest' });
  }, [report, refusal]);

  async function exportSettings() {
    const result = await exporting.runAnonymous(() => api['settings.export']({}));
    if (!result) return;
    downloadFile(result);
    setExported(`Downloaded ${result.fileName}`);
    flashExported();
  }

  async function importSettings(e: FormEvent) {
    e.preventDefault();
    setReport(null);
    if (!file) {
      importing.fail('Choose a settings file first');
      return;
    }
    const content = await file.text();
    const result = await importing.run((by) => api['settings.import']({ content, by }));
    if (!result) return;
    setReport({ report: result, fileName: file.name });
    setFile(null);
    if (input.current) input.current.value = '';
    props.onImported(result.settings);
  }

  return (
    <section className="admin-section transfer" aria-labelledby={props.titleId}>
      <div className="admin-section-head">
        <h3 id={props.titleId} className="admin-section-title">
          Transfer
        </h3>
      </div>
      <p className="field-hint admin-section-hint">
        One file holds the chairs, the preferences, the REMS module and every protocol. Users, BP monitors and patient records stay on this station.
      </p>
      <div className="transfer-part">
        <h4 className="transfer-title">Export</h4>
        <div className="form-actions">
          <button type="button" className="button" onClick={() => void exportSettings()} disabled={exporting.pending}>
            Export settings
          </button>
          <SavedNote visible={exportedVisible} text={exported} />
        </div>
        <FormAlert error={exporting.error} />
      </div>
      <form className="transfer-part" onSubmit={importSettings} aria-label="Import settings" noValidate>
        <h4 className="transfer-title">Import</h4>
        <div className="field">
          <label htmlFor={fileId} className="field-label">
            Settings file
          </label>
          <span id={hintId} className="field-hint">
            made by “Export settings” on a station
          </span>
          <input
            id={fileId}
            ref={input}
            type="file"
            accept=".json,application/json"
            className="field-input transfer-file"
            aria-describedby={hintId}
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              setReport(null);
              importing.clear();
            }}
          />
        </div>
        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={importing.pending}>
            Import settings
          </button>
        </div>
        <div ref={outcome}>
          {importing.error && <ImportRefusal error={importing.error} fileName={file?.name ?? null} />}
          {report && <ImportReport report={report.report} fileName={report.fileName} />}
        </div>
      </form>
    </section>
  );
}
