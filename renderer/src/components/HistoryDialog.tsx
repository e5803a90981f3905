// Closed sessions, newest first: all of them at first, then as searched by patient ID (exact), name
// (part of it), check-in dates and protocol. Each opens its read-only record. The core does the
// searching and says what is wrong with a search (e.g. From after To); the dialog shows its answer.
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import type { RequestInput } from '../../../shared/api/contract';
import type { HistoryRow, ProtocolSummary } from '../../../shared/api/views';
import { useStationApi } from '../api/station-context';
import { useAction } from '../hooks/useAction';
import { optionalText } from '../format/numbers';
import { Dialog } from './Dialog';
import { FormAlert } from './FormAlert';
import { HistoryTable } from './HistoryTable';
import { SelectField } from './SelectField';
import { TextField } from './TextField';

const LIMIT = 100;

// Who asks is added when the search is sent: the signed-in user.
type HistoryQuery = Omit<RequestInput<'history.list'>, 'by'>;

interface Filters {
  patientId: string;
  patientName: string;
  from: string;
  to: string;
  protocolId: string;
}

const NO_FILTERS: Filters = { patientId: '', patientName: '', from: '', to: '', protocolId: '' };

/** Only the filled-in filters go to the core; an empty field means "any". */
function queryOf(f: Filters): HistoryQuery {
  const q: HistoryQuery = { limit: LIMIT };
  const patientClinicId = optionalText(f.patientId);
  const patientName = optionalText(f.patientName);
  if (patientClinicId !== undefined) q.patientClinicId = patientClinicId;
  if (patientName !== undefined) q.patientName = patientName;
  if (f.from !== '') q.from = f.from;
  if (f.to !== '') q.to = f.to;
  if (f.protocolId !== '') q.protocolId = f.protocolId;
  return q;
}

function isFiltered(q: HistoryQuery): boolean {
  return Object.keys(q).some((k) => k !== 'limit');
}

function resultLine(rows: HistoryRow[], filtered: boolean): string {
  if (rows.length === 0) return filtered ? 'No sessions match.' : 'No closed sessions yet.';
  const count = `${rows.length} closed session${rows.length === 1 ? '' : 's'}${filtered ? ' matching' : ''}, newest first.`;
  return rows.length >= LIMIT ? `${count} Only the newest ${LIMIT} are shown: narrow the search to find older ones.` : count;
}

export function HistoryDialog(props: { onClose: () => void; onOpen: (sessionId: string) => void }) {
  const api = useStationApi();
  const search = useAction();
  const protocolsLoad = useAction();
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [protocols, setProtocols] = useState<ProtocolSummary[]>([]);
  const [rows, setRows] = useState<HistoryRow[] | null>(null);
  const [shownFiltered, setShownFiltered] = useState(false);
  const set = (patch: Partial<Filters>) => setFilters((f) => ({ ...f, ...patch }));

  const { run: runSearch } = search;
  const find = useCallback(
    async (query: HistoryQuery) => {
      const result = await runSearch((by) => api['history.list']({ ...query, by }));
      if (result) {
        setRows(result);
        setShownFiltered(isFiltered(query));
      }
    },
    [api, runSearch],
  );

  const loadProtocols = protocolsLoad.runAnonymous;
  useEffect(() => {
    void loadProtocols(() => api['protocols.list']({})).then((list) => {
      if (list) setProtocols(list);
    });
  }, [api, loadProtocols]);

  useEffect(() => {
    void find({ limit: LIMIT });
  }, [find]);

  function submit(e: FormEvent) {
    e.preventDefault();
    void find(queryOf(filters));
  }

  function showAll() {
    setFilters(NO_FILTERS);
    void find({ limit: LIMIT });
  }

  return (
    <Dialog title="History" onClose={props.onClose} className="dialog--wide dialog--records">
      <form onSubmit={submit} className="history-filter records-filter" role="search" aria-label="Search closed sessions" noValidate>
        <TextField label="Patient ID" hint="exact" value={filters.patientId} onChange={(v) => set({ patientId: v })} size="xs" />
        <TextField label="Patient name" hint="part of it" value={filters.patientName} onChange={(v) => set({ patientName: v })} size="s" />
        <TextField label="From" hint="checked in" type="date" value={filters.from} onChange={(v) => set({ from: v })} size="s" />
        <TextField label="To" type="date" value={filters.to} onChange={(v) => set({ to: v })} size="s" />
        <SelectField
          label="Protocol"
          value={filters.protocolId}
          options={protocols.map((p) => ({ value: p.id, label: p.name }))}
          placeholder="All protocols"
          onChange={(v) => set({ protocolId: v })}
          size="s"
        />
        <div className="records-filter-actions">
          <button type="submit" className="button button--primary" disabled={search.pending}>
            Search
          </button>
          {shownFiltered && (
            <button type="button" className="button" onClick={showAll}>
              Show all
            </button>
          )}
        </div>
      </form>
      {/* The core's own words ("From must be on or before To") name the field they are about. */}
      <FormAlert error={search.error} className="records-alert" />
      <FormAlert error={protocolsLoad.error} className="records-alert" />
      {/* Results of an earlier search are not left under a refused one, where they would pass for its answer. */}
      {rows !== null && !search.error && (
        <div className="history-results">
          <p className="history-count" role="status">
            {resultLine(rows, shownFiltered)}
          </p>
          {rows.length > 0 && <HistoryTable rows={rows} onOpen={props.onOpen} />}
        </div>
      )}
      <div className="dialog-actions">
        <button type="button" className="button" onClick={props.onClose}>
          Close
        </button>
      </div>
    </Dialog>
  );
}
