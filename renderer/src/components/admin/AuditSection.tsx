// Settings → Audit trail: the same check as `npm run audit:verify`, run by the core on the station's
// own records: intact (how many rows), or the first row changed, removed or inserted outside the station.
import { useState } from 'react';
import type { AuditCheckView } from '../../../../shared/api/views';
import { useStationApi } from '../../api/station-context';
import { useAction } from '../../hooks/useAction';
import { dateAndClock } from '../../format/time';
import { FormAlert } from '../FormAlert';

export function AuditSection(props: { titleId: string }) {
  const api = useStationApi();
  const action = useAction();
  const [check, setCheck] = useState<AuditCheckView | null>(null);

  async function run() {
    const result = await action.run((by) => api['audit.verify']({ by }));
    if (result) setCheck(result);
  }

  return (
    <section className="audit-section" aria-labelledby={props.titleId}>
      <h3 id={props.titleId}>Audit trail</h3>
      <p className="muted">
        Every change, sign-in, wrong PIN and export is kept in a chained audit trail. The check reads it from the first row and
        finds any row changed, removed or inserted outside the station.
      </p>
      <button type="button" className="button" onClick={() => void run()} disabled={action.pending}>
        {action.pending ? 'Checking…' : 'Check the audit trail'}
      </button>
      <FormAlert error={action.error} />
      {check && (
        <p role="status" className={`audit-result audit-result--${check.ok ? 'ok' : 'broken'}`}>
          {check.ok
            ? `Intact: all ${check.rows} rows follow each other.`
            : `BROKEN at row ${check.firstBroken.id} (${dateAndClock(check.firstBroken.at)}): ${check.firstBroken.reason}. The rows before it are intact.`}
        </p>
      )}
    </section>
  );
}
