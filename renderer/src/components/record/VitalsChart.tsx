// Blood pressure and pulse (left axis) against the protocol's limits, SpO2 on its own right-hand
// axis, with the time marks; each systolic point is labelled with the reading.
import { CartesianGrid, LabelList, Line, LineChart, YAxis } from 'recharts';
import type { SessionChartSeries } from './chart-series';
import { AXIS_WIDTH, MARGIN, sizing, TimeAxis, VITALS_HEIGHT } from './chart-layout';
import { limitMarks, SquareDot, timeMarks } from './chart-marks';

export function VitalsChart(props: { series: SessionChartSeries; width?: number; nowLabel: string }) {
  const { series } = props;
  return (
    <LineChart {...sizing(props.width, VITALS_HEIGHT)} margin={MARGIN} accessibilityLayer={false} className="chart chart--vitals">
      <CartesianGrid className="chart-grid" stroke="currentColor" strokeDasharray="2 4" />
      <TimeAxis series={series} showLabel={false} />
      <YAxis
        yAxisId="pressure"
        type="number"
        domain={series.pressureDomain}
        ticks={series.pressureTicks}
        interval={0}
        allowDataOverflow
        width={AXIS_WIDTH}
        stroke="currentColor"
        label={{ value: 'mmHg · pulse /min', angle: -90, position: 'insideLeft', offset: 4, className: 'chart-axis-label' }}
      />
      <YAxis
        yAxisId="spo2"
        orientation="right"
        type="number"
        domain={series.spo2Domain}
        ticks={series.spo2Ticks}
        interval={0}
        allowDataOverflow
        width={AXIS_WIDTH}
        stroke="currentColor"
        className="chart-axis--spo2"
        tick={{ className: 'chart-tick--spo2' }}
        label={{ value: 'SpO2 %', angle: 90, position: 'insideRight', offset: 4, className: 'chart-axis-label chart-axis-label--spo2' }}
      />
      {limitMarks(series)}
      {timeMarks(series, 'pressure', true, props.nowLabel)}
      <Line
        yAxisId="spo2"
        data={series.spo2}
        dataKey="value"
        name="SpO2"
        type="linear"
        className="chart-series chart-series--spo2"
        stroke="currentColor"
        strokeWidth={1.5}
        dot={SquareDot}
        activeDot={false}
        isAnimationActive={false}
      />
      <Line
        yAxisId="pressure"
        data={series.pulse}
        dataKey="value"
        name="Pulse"
        type="linear"
        className="chart-series chart-series--pulse"
        stroke="currentColor"
        strokeWidth={1.5}
        strokeDasharray="2 3"
        dot={{ r: 3, className: 'chart-dot chart-series--pulse chart-dot--hollow' }}
        activeDot={false}
        isAnimationActive={false}
      />
      <Line
        yAxisId="pressure"
        data={series.bp}
        dataKey="diastolic"
        name="Diastolic"
        type="linear"
        className="chart-series chart-series--diastolic"
        stroke="currentColor"
        strokeWidth={2}
        strokeDasharray="7 4"
        dot={{ r: 3.5, className: 'chart-dot chart-series--diastolic chart-dot--hollow' }}
        activeDot={false}
        isAnimationActive={false}
      />
      <Line
        yAxisId="pressure"
        data={series.bp}
        dataKey="systolic"
        name="Systolic"
        type="linear"
        className="chart-series chart-series--systolic"
        stroke="currentColor"
        strokeWidth={2.5}
        dot={{ r: 4, className: 'chart-dot chart-series--systolic chart-dot--filled chart-dot--bp-reading' }}
        activeDot={false}
        isAnimationActive={false}
      >
        <LabelList dataKey="text" position="top" offset={8} className="chart-value-label" />
      </Line>
    </LineChart>
  );
}
