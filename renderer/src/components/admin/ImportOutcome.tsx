// What a settings import did, or why nothing was changed: the report in words, or the refusal with
// every problem the core found in the file, each with where in the file it is.
import type { SettingsImportReport } from '../../../../shared/api/views';
import type { StationApiError } from '../../api/station-api-error';

function protocolsLine(changed: string[]): string {
  if (changed.length === 0) return 'No protocol changed: the file’s protocols are the same as this station’s.';
  const count = changed.length === 1 ? '1 protocol updated' : `${changed.length} protocols updated`;
  return `${count}: ${changed.join(', ')}.`;
}

export function ImportReport(props: { report: SettingsImportReport; fileName: string }) {
  const { report } = props;
  return (
    <div role="status" className="import-report">
      <p className="import-report-title">Imported {props.fileName}</p>
      <ul className="import-report-lines">
        <li>{protocolsLine(report.protocolsChanged)}</li>
        <li>
          Chairs ({report.settings.chairs.map((c) => c.name).join(', ')}), preferences and the REMS module are now as in the file.
        </li>
        <li>{report.devicesImported > 0 ? `${report.devicesImported} BP monitors imported.` : 'BP monitors are kept as they were: they belong to this PC.'}</li>
      </ul>
    </div>
  );
}

export function ImportRefusal(props: { error: StationApiError; fileName: string | null }) {
  const { error } = props;
  return (
    <div role="alert" className="form-alert import-refusal">
      <p className="form-alert-message">
        {props.fileName ? `${props.fileName}: ` : ''}
        {error.message}
      </p>
      {error.issues.length > 0 && (
        <ul className="form-alert-issues">
          {error.issues.map((i) => (
            <li key={`${i.path}:${i.message}`}>
              {i.message}
              {i.path && i.path !== 'content' && <span className="import-issue-path"> (at {i.path})</span>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
