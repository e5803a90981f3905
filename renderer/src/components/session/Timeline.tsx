// The session's record in time order. Entries marked entered in error stay, struck through, with why.
import { useState, type ReactNode } from 'react';
import type { EntryView } from '../../../../shared/api/views';
import { entryAuthor, entrySummary } from '../../format/entries';
import { clock } from '../../format/time';
import { EnteredInErrorForm } from './EnteredInErrorForm';
import type { SessionPartProps } from './types';

const MINUTE = 60_000;

function Entry(props: { entry: EntryView; canCorrect: boolean; open: boolean; onOpen: () => void; children?: ReactNode }) {
  const { entry } = props;
  const summary = entrySummary(entry.body);
  const late = Date.parse(entry.recordedAt) - Date.parse(entry.at) >= MINUTE;
  const wrong = entry.enteredInError;
  return (
    <li className={`entry${wrong ? ' entry--error' : ''}`}>
      <span className="entry-time">{clock(entry.at)}</span>
      <div className="entry-body">
        <span className="entry-summary">{wrong ? <s>{summary}</s> : summary}</span>
        <span className="entry-meta">
          {entryAuthor(entry.by, entry.body)}
          {late && ` · recorded at ${clock(entry.recordedAt)}`}
        </span>
        {wrong && (
          <span className="entry-error-note">
            Entered in error: {wrong.reason} (by {wrong.by}, {clock(wrong.at)})
          </span>
        )}
        {props.children}
      </div>
      {props.canCorrect && !wrong && !props.open && (
        <button type="button" className="button button--small entry-action" onClick={props.onOpen}>
          Mark entered in error
        </button>
      )}
    </li>
  );
}

export function Timeline({ view, onUpdated }: SessionPartProps) {
  const [correcting, setCorrecting] = useState<number | null>(null);
  const entries = view.entries.filter((e) => e.body.kind !== 'entered-in-error');
  return (
    <section className="panel panel--timeline" aria-labelledby="record-title">
      <h3 className="panel-title" id="record-title">
        Record
      </h3>
      {entries.length === 0 ? (
        <p className="muted">Nothing recorded yet.</p>
      ) : (
        <ol className="timeline">
          {entries.map((entry) => (
            <Entry
              key={entry.id}
              entry={entry}
              canCorrect={!view.readOnly}
              open={correcting === entry.id}
              onOpen={() => setCorrecting(entry.id)}
            >
              {correcting === entry.id && !view.readOnly && (
                <EnteredInErrorForm
                  sessionId={view.sessionId}
                  entryId={entry.id}
                  onCancel={() => setCorrecting(null)}
                  onDone={(v) => {
                    setCorrecting(null);
                    onUpdated(v);
                  }}
                />
              )}
            </Entry>
          ))}
        </ol>
      )}
    </section>
  );
}
