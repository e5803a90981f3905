// The chair-time report: per day, how long discharged patients sat from the dose to "ready to leave"
// and to the discharge, so a clinic sees how much chair time the 2-hour minimum takes. The core
// counts and computes the medians; this dialog asks for a date range and shows the answer.
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import type { ChairTimeDay } from '../../../shared/api/views';
import { useStationApi } from '../api/station-context';
import { useAction } from '../hooks/useAction';
import { addDays, dayLabel, localDateOf } from '../format/local-dates';
import { Dialog } from './Dialog';
import { FormAlert } from './FormAlert';
import { TextField } from './TextField';

const DEFAULT_DAYS = 7;

function minutes(value: number | null): string {
  return value === null ? '—' : String(value);
}

function ChairTimeTable(props: { days: ChairTimeDay[] }) {
  return (
    <table className="history-table records-table chair-time-table">
      <thead>
        <tr>
          <th scope="col" rowSpan={2}>
            Day
          </th>
          <th scope="col" rowSpan={2} className="records-number">
            Sessions
          </th>
          <th scope="colgroup" colSpan={2} className="chair-time-group">
            To ready to leave (min)
          </th>
          <th scope="colgroup" colSpan={2} className="chair-time-group">
            To discharge (min)
          </th>
        </tr>
        <tr>
          <th scope="col" className="records-number">
            <span className="visually-hidden">To ready to leave: </span>Median
          </th>
          <th scope="col" className="records-number">
            <span className="visually-hidden">To ready to leave: 90th percentile</span>
            <span aria-hidden="true">p90</span>
          </th>
          <th scope="col" className="records-number">
            <span className="visually-hidden">To discharge: </span>Median
          </th>
          <th scope="col" className="records-number">
            <span className="visually-hidden">To discharge: 90th percentile</span>
            <span aria-hidden="true">p90</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {props.days.map((day) => (
          <tr key={day.date} className={day.sessions === 0 ? 'chair-time-empty' : undefined}>
            <th scope="row" className="records-when">
              {dayLabel(day.date)}
            </th>
            <td className="records-number">{day.sessions}</td>
            <td className="records-number">{minutes(day.toReadyMin.median)}</td>
            <td className="records-number">{minutes(day.toReadyMin.p90)}</td>
            <td className="records-number">{minutes(day.toDischargeMin.median)}</td>
            <td className="records-number">{minutes(day.toDischargeMin.p90)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** `now` is the station's time (the board's), so "the last 7 days" are the station's days. */
export function ChairTimeDialog(props: { onClose: () => void; now: string | null }) {
  const api = useStationApi();
  const report = useAction();
  const [today] = useState(() => localDateOf(props.now ?? new Date().toISOString()));
  const [from, setFrom] = useState(() => addDays(today, -(DEFAULT_DAYS - 1)));
  const [to, setTo] = useState(today);
  const [days, setDays] = useState<ChairTimeDay[] | null>(null);
  const [shownRange, setShownRange] = useState({ from, to });

  const { run } = report;
  const show = useCallback(
    async (range: { from: string; to: string }) => {
      // An emptied date field is sent as it is, so the core names the field that needs a date.
      const result = await run((by) => api['reports.chairTime']({ ...range, by }));
      if (result) {
        setDays(result);
        setShownRange(range);
      }
    },
    [api, run],
  );

  useEffect(() => {
    void show({ from: addDays(today, -(DEFAULT_DAYS - 1)), to: today });
  }, [show, today]);

  function submit(e: FormEvent) {
    e.preventDefault();
    void show({ from, to });
  }

  return (
    <Dialog title="Chair time" onClose={props.onClose} className="dialog--wide dialog--records">
      <form onSubmit={submit} className="history-filter records-filter" aria-label="Chair-time report dates" noValidate>
        <TextField label="From" type="date" value={from} onChange={setFrom} size="s" />
        <TextField label="To" type="date" value={to} onChange={setTo} size="s" />
        <div className="records-filter-actions">
          <button type="submit" className="button button--primary" disabled={report.pending}>
            Show report
          </button>
        </div>
      </form>
      <FormAlert error={report.error} className="records-alert" />
      <p className="records-intro">
        Minutes from the first dose. Ready to leave: every criterion met but the 2-hour minimum.
      </p>
      {/* A refused range leaves no earlier report on screen to be read as its answer. */}
      {days !== null && !report.error && (
        <div className="history-results">
          <p className="history-count" role="status">
            {shownRange.from === shownRange.to
              ? `${dayLabel(shownRange.from)}, by the day of check-in.`
              : `${dayLabel(shownRange.from)} to ${dayLabel(shownRange.to)}, by the day of check-in.`}
          </p>
          <ChairTimeTable days={days} />
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
