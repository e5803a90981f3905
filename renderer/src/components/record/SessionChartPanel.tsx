// The session chart as a panel of the session view, under its own heading.
import type { SessionView } from '../../../../shared/api/views';
import { SessionChart } from './SessionChart';

export function SessionChartPanel(props: { view: SessionView }) {
  return (
    <section className="panel session-chart-panel" aria-labelledby="session-chart-title">
      <h3 className="panel-title" id="session-chart-title">
        Vital signs chart
      </h3>
      <SessionChart view={props.view} />
    </section>
  );
}
