// Every reading and rating, in time order, with who took it and from where. A reading marked
// entered in error stays, struck through, with the reason, as on a paper chart.
import type { EntryView, SessionView } from '../../../shared/api/views';
import { bpText, dissociationText } from '../format/entries';
import { clock } from '../format/time';
import { minutesFromDose, readingSource } from './print-format';

const MINUTE = 60_000;

function Struck(props: { struck: boolean; children: string }) {
  return props.struck ? <s>{props.children}</s> : <>{props.children}</>;
}

function ReadingRow({ entry, view }: { entry: EntryView; view: SessionView }) {
  if (entry.body.kind !== 'observation') return null;
  const b = entry.body;
  const wrong = entry.enteredInError;
  const struck = wrong !== null;
  const late = Date.parse(entry.recordedAt) - Date.parse(entry.at) >= MINUTE;
  return (
    <>
      <tr className={struck ? 'print-row-struck' : undefined}>
        <td>
          <Struck struck={struck}>{clock(entry.at)}</Struck>
          {late && <span className="print-small"> (recorded {clock(entry.recordedAt)})</span>}
        </td>
        <td className="print-num">{minutesFromDose(view, entry.at)}</td>
        <td className="print-num">
          <Struck struck={struck}>{b.bp ? bpText(b.bp) : '—'}</Struck>
        </td>
        <td className="print-num">
          <Struck struck={struck}>{b.bp?.pulse !== undefined ? String(b.bp.pulse) : '—'}</Struck>
        </td>
        <td className="print-num">
          <Struck struck={struck}>{b.spo2 !== null ? `${b.spo2}%` : '—'}</Struck>
        </td>
        <td className="print-num">
          <Struck struck={struck}>{b.moaas !== null ? String(b.moaas) : '—'}</Struck>
        </td>
        <td>
          <Struck struck={struck}>{b.dissociation ? dissociationText(b.dissociation) : '—'}</Struck>
        </td>
        <td>{readingSource(entry)}</td>
        <td className="print-nowrap">{entry.by}</td>
      </tr>
      {wrong && (
        <tr className="print-row-struck-note">
          <td colSpan={9}>
            Entered in error: {wrong.reason} — marked by {wrong.by} at {clock(wrong.at)}
          </td>
        </tr>
      )}
    </>
  );
}

export function ReadingsTable({ view }: { view: SessionView }) {
  const readings = view.entries.filter((e) => e.body.kind === 'observation');
  return (
    <section className="print-section" aria-labelledby="print-readings">
      <h2 id="print-readings">Readings and ratings</h2>
      {readings.length === 0 ? (
        <p>No readings recorded.</p>
      ) : (
        <table className="print-table" aria-labelledby="print-readings">
          <thead>
            <tr>
              <th scope="col">Time</th>
              <th scope="col" className="print-num">
                Min
              </th>
              <th scope="col" className="print-num">
                BP
              </th>
              <th scope="col" className="print-num">
                Pulse
              </th>
              <th scope="col" className="print-num">
                SpO2
              </th>
              <th scope="col" className="print-num">
                MOAA/S
              </th>
              <th scope="col">Dissociation (CADSS)</th>
              <th scope="col">Source</th>
              <th scope="col">By</th>
            </tr>
          </thead>
          <tbody>
            {readings.map((e) => (
              <ReadingRow key={e.id} entry={e} view={view} />
            ))}
          </tbody>
        </table>
      )}
      {view.timer.anchorAt !== null && <p className="print-small">Min: minutes from the dose ({clock(view.timer.anchorAt)}).</p>}
    </section>
  );
}
