// The session's vital signs over time, in minutes from the dose: blood pressure and pulse against the
// protocol's post-dose and crisis limits, SpO2 on its own right-hand axis, and below it sedation
// (MOAA/S) and dissociation as step lines on the same time axis. Now, dose, alarm, 40-minute and
// minimum-observation marks are drawn across both. A point marks each reading; lines join only
// consecutive readings of the same measure, so a stretch with no reading shows no point.
// Colours come from record.css through currentColor, so the screen theme and paper each set their own.
// Recharts draws points and labels in layers of their own, outside their line's group, so each
// point carries its series' class itself.
import { useId, useMemo } from 'react';
import { chartSeries, chartSummary, type ChartInput } from './chart-series';
import { ChartLegend } from './ChartLegend';
import { RatingsChart } from './RatingsChart';
import { VitalsChart } from './VitalsChart';

export interface SessionChartProps {
  view: ChartInput;
  /** Fixed width in pixels (paper); without it the chart fills its container. */
  width?: number;
  variant?: 'screen' | 'print';
}

export function SessionChart(props: SessionChartProps) {
  const { view } = props;
  const series = useMemo(() => chartSeries(view), [view]);
  const captionId = useId();
  const variant = props.variant ?? 'screen';
  const nowLabel = variant === 'print' ? 'printed' : 'now';
  return (
    <figure className={`session-chart session-chart--${variant}`} aria-labelledby={captionId} data-bp-readings={series.bp.length}>
      {/* The drawing repeats the caption and the readings table for the eye; assistive technology gets the caption. */}
      <div className="session-chart-drawing" aria-hidden="true" style={props.width === undefined ? undefined : { width: props.width }}>
        <VitalsChart series={series} width={props.width} nowLabel={nowLabel} />
        <RatingsChart series={series} width={props.width} />
      </div>
      <ChartLegend series={series} nowLabel={nowLabel === 'now' ? 'Now' : 'When printed'} />
      <figcaption id={captionId} className="session-chart-caption">
        {chartSummary(series)}
      </figcaption>
    </figure>
  );
}
