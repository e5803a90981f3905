// Everything that happened, in time order, as the core tells it. Struck items stay, with why; the
// closing items (discharge, override, end without dose) stand out.
import type { SessionView } from '../../../shared/api/views';
import { clock } from '../format/time';

export function TimelineTable({ view }: { view: SessionView }) {
  return (
    <section className="print-section" aria-labelledby="print-timeline">
      <h2 id="print-timeline">Timeline</h2>
      {view.timeline.length === 0 ? (
        <p>Nothing recorded.</p>
      ) : (
        <table className="print-table" aria-labelledby="print-timeline">
          <thead>
            <tr>
              <th scope="col">Time</th>
              <th scope="col">What</th>
              <th scope="col">By</th>
            </tr>
          </thead>
          <tbody>
            {view.timeline.map((item, i) => (
              <tr key={`${item.at}-${i}`} className={item.struck ? 'print-row-struck' : `print-timeline--${item.kind}`}>
                <td>{clock(item.at)}</td>
                <td>
                  {item.struck ? <s>{item.title}</s> : item.title}
                  {item.detail && <> — {item.struck ? <s>{item.detail}</s> : item.detail}</>}
                  {item.struck && (
                    <div className="print-struck-reason">
                      Entered in error: {item.struck.reason} — marked by {item.struck.by} at {clock(item.struck.at)}
                    </div>
                  )}
                </td>
                <td className="print-nowrap">{item.by ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
