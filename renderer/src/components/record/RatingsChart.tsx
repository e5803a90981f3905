// Sedation (MOAA/S, left axis) and dissociation (right axis) as step lines under the vitals chart,
// on the same time axis.
import { CartesianGrid, Line, LineChart, YAxis } from 'recharts';
import { DISSOCIATION_LEVELS } from '../../../../shared/domain/scales';
import type { SessionChartSeries } from './chart-series';
import { AXIS_WIDTH, MARGIN, RATINGS_HEIGHT, sizing, TimeAxis } from './chart-layout';
import { timeMarks } from './chart-marks';

const DISSOCIATION_SHORT = ['none', 'mild', 'mod.', 'severe'];
/** Padded by a tenth of the range at each end, as the MOAA/S axis is, so "none" sits level with 0
 *  and "severe" with 5, and neither line runs along the frame. */
const DISSOCIATION_DOMAIN: [number, number] = [-0.1 * (DISSOCIATION_LEVELS.length - 1), 1.1 * (DISSOCIATION_LEVELS.length - 1)];

export function RatingsChart(props: { series: SessionChartSeries; width?: number }) {
  const { series } = props;
  return (
    <LineChart {...sizing(props.width, RATINGS_HEIGHT)} margin={{ ...MARGIN, top: 8 }} accessibilityLayer={false} className="chart chart--ratings">
      <CartesianGrid className="chart-grid" stroke="currentColor" strokeDasharray="2 4" />
      <TimeAxis series={series} showLabel />
      <YAxis
        yAxisId="moaas"
        type="number"
        domain={[-0.5, 5.5]}
        ticks={[0, 1, 2, 3, 4, 5]}
        interval={0}
        allowDataOverflow
        width={AXIS_WIDTH}
        stroke="currentColor"
        label={{ value: 'MOAA/S', angle: -90, position: 'insideLeft', offset: 4, className: 'chart-axis-label' }}
      />
      <YAxis
        yAxisId="dissociation"
        orientation="right"
        type="number"
        domain={DISSOCIATION_DOMAIN}
        ticks={DISSOCIATION_LEVELS.map((_, i) => i)}
        interval={0}
        allowDataOverflow
        tickFormatter={(i: number) => DISSOCIATION_SHORT[i] ?? ''}
        width={AXIS_WIDTH}
        stroke="currentColor"
      />
      {timeMarks(series, 'moaas', false, '')}
      <Line
        yAxisId="moaas"
        data={series.moaas}
        dataKey="value"
        name="MOAA/S"
        type="stepAfter"
        className="chart-series chart-series--moaas"
        stroke="currentColor"
        strokeWidth={2}
        dot={{ r: 3.5, className: 'chart-dot chart-series--moaas chart-dot--filled' }}
        activeDot={false}
        isAnimationActive={false}
      />
      <Line
        yAxisId="dissociation"
        data={series.dissociation}
        dataKey="level"
        name="Dissociation"
        type="stepAfter"
        className="chart-series chart-series--dissociation"
        stroke="currentColor"
        strokeWidth={2}
        strokeDasharray="7 4"
        dot={{ r: 3.5, className: 'chart-dot chart-series--dissociation chart-dot--hollow' }}
        activeDot={false}
        isAnimationActive={false}
      />
    </LineChart>
  );
}
