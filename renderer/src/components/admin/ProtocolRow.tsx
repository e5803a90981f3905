// One protocol in Settings → Protocols: what it is, its version and who saved it when, and what the
// admin can do with it. Retiring takes it off the check-in list; sessions on it are unchanged.
import type { ProtocolAdminView } from '../../../../shared/api/views';
import { protocolSummary, versionLine } from './protocol-summary';

export function ProtocolRow(props: {
  view: ProtocolAdminView;
  busy: boolean;
  onEdit: () => void;
  onCopy: () => void;
  onRetire: (retired: boolean) => void;
}) {
  const { protocol, retired } = props.view;
  return (
    <li className={`protocol-row${retired ? ' protocol-row--retired' : ''}`}>
      <div className="protocol-row-main">
        <div className="protocol-row-title">
          <span className="protocol-row-name">{protocol.name}</span>
          <span className="protocol-row-version">v{protocol.version ?? 1}</span>
          {retired && <strong className="protocol-retired-badge">Retired: no new check-ins</strong>}
        </div>
        <span className="protocol-row-summary">{protocolSummary(protocol)}</span>
        <span className="protocol-row-saved">{versionLine(props.view)}</span>
      </div>
      <div className="protocol-row-actions">
        <button type="button" id={`edit-protocol-${protocol.id}`} className="button button--small" onClick={props.onEdit} aria-label={`Edit ${protocol.name}`}>
          Edit
        </button>
        <button type="button" className="button button--small" onClick={props.onCopy} aria-label={`Copy ${protocol.name}`}>
          Copy
        </button>
        <button type="button" className="button button--small" onClick={() => props.onRetire(!retired)} disabled={props.busy} aria-label={`${retired ? 'Bring back' : 'Retire'} ${protocol.name}`}>
          {retired ? 'Bring back' : 'Retire'}
        </button>
      </div>
    </li>
  );
}
