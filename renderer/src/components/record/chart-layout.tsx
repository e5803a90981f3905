// What the two session charts share so their time axes line up: sizes, margins, the time axis.
import { XAxis } from 'recharts';
import type { SessionChartSeries } from './chart-series';

/** Both charts keep the same axis widths and side margins so their time axes line up. */
export const AXIS_WIDTH = 52;
export const MARGIN = { top: 26, right: 8, bottom: 4, left: 8 };
export const VITALS_HEIGHT = 300;
export const RATINGS_HEIGHT = 130;

export function sizing(width: number | undefined, height: number) {
  // `responsive` follows the container's CSS width; a fixed width is exact on paper.
  return width === undefined ? { responsive: true, style: { width: '100%', height } } : { width, height };
}

export function TimeAxis(props: { series: SessionChartSeries; showLabel: boolean }) {
  const { series } = props;
  return (
    <XAxis
      type="number"
      dataKey="min"
      domain={series.xDomain}
      ticks={series.xTicks}
      allowDataOverflow
      tickFormatter={(m: number) => String(m)}
      stroke="currentColor"
      height={props.showLabel ? 34 : 22}
      label={
        props.showLabel
          ? { value: series.origin.kind === 'dose' ? 'minutes from the dose' : 'minutes from check-in (no dose)', position: 'insideBottom', offset: 0, className: 'chart-axis-label' }
          : undefined
      }
    />
  );
}
