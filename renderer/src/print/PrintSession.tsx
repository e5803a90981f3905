// The print layout at #print/<sessionId>: one session's record on white paper, loaded once (a printed
// record is a snapshot), with buttons to print it or close the tab that are not printed themselves.
import { useEffect, useRef, useState } from 'react';
import type { SessionView } from '../../../shared/api/views';
import { useStationApi } from '../api/station-context';
import { toStationApiError } from '../api/station-api-error';
import { isoDay, longDate } from './print-format';
import { PrintRecord } from './PrintRecord';
import { usePageLabel } from './usePageLabel';
import { usePrintReady } from './usePrintReady';

type Loaded = { kind: 'loading' } | { kind: 'loaded'; view: SessionView; printedAt: string } | { kind: 'failed'; message: string };

function close(): void {
  window.close();
  // A tab the page did not open itself cannot close itself: go back to the board instead.
  setTimeout(() => {
    if (!window.closed) window.location.assign(window.location.href.split('#')[0]);
  }, 100);
}

/** What every printed page says at its foot: whose record this is. */
function pageLabel(view: SessionView): string {
  return `${view.patient.name} · ID ${view.patient.clinicId} · ${view.protocolName} · ${longDate(view.checkedInAt)} · observation record`;
}

export function PrintSession(props: { sessionId: string }) {
  const api = useStationApi();
  const [loaded, setLoaded] = useState<Loaded>({ kind: 'loading' });
  const root = useRef<HTMLDivElement>(null);

  useEffect(() => {
    let live = true;
    api['session.get']({ sessionId: props.sessionId }).then(
      (view) => {
        if (live) setLoaded({ kind: 'loaded', view, printedAt: new Date().toISOString() });
      },
      (e: unknown) => {
        if (live) setLoaded({ kind: 'failed', message: toStationApiError(e).message });
      },
    );
    return () => {
      live = false;
    };
  }, [api, props.sessionId]);

  useEffect(() => {
    // The browser prints the title in its page header and offers it as the PDF's file name.
    if (loaded.kind === 'loaded') {
      const { patient, checkedInAt } = loaded.view;
      document.title = `session-${patient.clinicId}-${isoDay(checkedInAt)} — observation record`;
    }
  }, [loaded]);

  usePageLabel(loaded.kind === 'loaded' ? pageLabel(loaded.view) : null);
  usePrintReady(loaded.kind, root);

  return (
    <div className="print-page" ref={root}>
      <div className="print-toolbar">
        <button type="button" className="button button--primary" disabled={loaded.kind !== 'loaded'} onClick={() => window.print()}>
          Print or save as PDF
        </button>
        <button type="button" className="button" onClick={close}>
          Close
        </button>
      </div>
      {loaded.kind === 'loading' && <p className="print-status">Loading the record…</p>}
      {loaded.kind === 'failed' && (
        <p role="alert" className="form-alert print-status">
          The record could not be loaded: {loaded.message}
        </p>
      )}
      {loaded.kind === 'loaded' && <PrintRecord view={loaded.view} printedAt={loaded.printedAt} />}
    </div>
  );
}
