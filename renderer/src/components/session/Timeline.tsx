// Everything in the session's record in time order, as the core lists it: check-in, entries (struck
// through with the reason when entered in error), alarms raised, acknowledged and cleared, the
// ready-to-leave moment, the discharge or override, and addenda.
import { useState } from 'react';
import type { TimelineItem } from '../../../../shared/api/views';
import { clock } from '../../format/time';
import { EnteredInErrorForm } from './EnteredInErrorForm';
import type { SessionPartProps } from './types';

const KIND_CLASS: Record<TimelineItem['kind'], string> = {
  'check-in': 'entry--event',
  entry: '',
  'alarm-raised': 'entry--alarm',
  'alarm-acknowledged': 'entry--alarm',
  'alarm-resolved': 'entry--alarm',
  'ready-to-leave': 'entry--ready',
  discharge: 'entry--event',
  override: 'entry--override',
  cancel: 'entry--event',
  addendum: 'entry--addendum',
};

export function Timeline({ view, onUpdated }: SessionPartProps) {
  const [correcting, setCorrecting] = useState<number | null>(null);
  return (
    <section className="panel panel--timeline" aria-labelledby="record-title">
      <h3 className="panel-title" id="record-title">
        Record
      </h3>
      <ol className="timeline">
        {view.timeline.map((item, i) => {
          const entryId = item.entryId;
          const correctable = item.kind === 'entry' && entryId !== null && !view.readOnly && !item.struck;
          return (
            <li key={`${item.kind}:${entryId ?? i}`} className={`entry ${KIND_CLASS[item.kind]}${item.struck ? ' entry--error' : ''}`}>
              <span className="entry-time">{clock(item.at)}</span>
              <div className="entry-body">
                <span className="entry-summary">{item.struck ? <s>{item.title}</s> : item.title}</span>
                {(item.by || item.detail) && (
                  <span className="entry-meta">{[item.by ? `by ${item.by}` : null, item.detail].filter(Boolean).join(' · ')}</span>
                )}
                {item.struck && (
                  <span className="entry-error-note">
                    Entered in error: {item.struck.reason} (by {item.struck.by}, {clock(item.struck.at)})
                  </span>
                )}
                {correctable && correcting === entryId && (
                  <EnteredInErrorForm
                    sessionId={view.sessionId}
                    entryId={entryId}
                    onCancel={() => setCorrecting(null)}
                    onDone={(v) => {
                      setCorrecting(null);
                      onUpdated(v);
                    }}
                  />
                )}
              </div>
              {correctable && correcting !== entryId && (
                <button type="button" className="button button--small entry-action" onClick={() => setCorrecting(entryId)}>
                  Mark entered in error
                </button>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
