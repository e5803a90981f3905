// The paper record of one session, laid out for A4: who and what, then the chart (so it fits on the
// first page), the readings, before the dose and the scheduled checks, the recovery score, alarms,
// the discharge and its sign-off, REMS facts, and the whole timeline.
import type { SessionView } from '../../../shared/api/views';
import { SessionChart } from '../components/record/SessionChart';
import { dateAndClock } from '../format/time';
import { AlarmsTable } from './AlarmsTable';
import { DischargeVerdict } from './DischargeVerdict';
import { PrintHeader } from './PrintHeader';
import { PrintPreDose } from './PrintPreDose';
import { ReadingsTable } from './ReadingsTable';
import { RecoveryScore } from './RecoveryScore';
import { RemsFacts } from './RemsFacts';
import { TimelineTable } from './TimelineTable';

/** Fits the printable width of A4 with the page margins of print.css. */
export const PRINT_CHART_WIDTH = 680;

export function PrintRecord(props: { view: SessionView; printedAt: string }) {
  const { view } = props;
  return (
    <article className="print-record" aria-label={`Observation record of ${view.patient.name} (${view.patient.clinicId})`}>
      <PrintHeader view={view} />
      <section className="print-section print-chart" aria-labelledby="print-chart">
        <h2 id="print-chart">Vital signs chart</h2>
        <SessionChart view={view} width={PRINT_CHART_WIDTH} variant="print" />
      </section>
      <ReadingsTable view={view} />
      <PrintPreDose view={view} />
      <RecoveryScore view={view} />
      <AlarmsTable view={view} />
      <DischargeVerdict view={view} />
      {view.rems && <RemsFacts rems={view.rems} />}
      <TimelineTable view={view} />
      <footer className="print-footer">
        Printed {dateAndClock(props.printedAt)} from the Observation Station · patient {view.patient.clinicId} · session {view.sessionId}
      </footer>
    </article>
  );
}
