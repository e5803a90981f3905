// Drawing pieces of the session charts, each kept distinct without colour (paper may be grey): the
// SpO2 point, the limit bands, and the marks on the time axis.
import { ReferenceArea, ReferenceLine, type DotItemDotProps } from 'recharts';
import type { AlarmPriority } from '../../../../shared/domain/alarm-types';
import type { SessionChartSeries } from './chart-series';

/** The letter printed on an alarm's mark, so its priority reads in black and white too. */
export function alarmLetter(priority: AlarmPriority): string {
  return priority === 'high' ? 'H' : priority === 'medium' ? 'M' : 'L';
}

/** SpO2 readings are squares, apart from the round BP and pulse points. */
export function SquareDot(props: DotItemDotProps) {
  const { cx, cy, index } = props;
  if (typeof cx !== 'number' || typeof cy !== 'number') return <g key={`spo2-${index}`} />;
  return <rect key={`spo2-${index}`} x={cx - 3.5} y={cy - 3.5} width={7} height={7} className="chart-dot chart-series--spo2 chart-dot--square" fill="currentColor" />;
}

/** Marks every chart carries on its time axis: now (open sessions), the 40-minute window, the doses,
 *  the minimum observation's end and the alarms. Returned as an array: recharts reads its children
 *  directly. */
export function timeMarks(series: SessionChartSeries, yAxisId: string, withLabels: boolean, nowLabel: string) {
  const marks = [];
  if (series.nowMin !== null) {
    marks.push(
      <ReferenceLine
        key="now"
        yAxisId={yAxisId}
        x={series.nowMin}
        className="chart-mark chart-mark--now"
        stroke="currentColor"
        strokeWidth={2}
        label={withLabels ? { value: nowLabel, position: 'top', className: 'chart-mark-label' } : undefined}
      />,
    );
  }
  if (series.peakCheck) {
    const { atMin, fromMin, toMin } = series.peakCheck;
    marks.push(
      <ReferenceArea
        key="peak-window"
        yAxisId={yAxisId}
        x1={fromMin}
        x2={toMin ?? atMin}
        className="chart-mark chart-mark--peak-window"
        fill="currentColor"
        ifOverflow="hidden"
      />,
      <ReferenceLine
        key="peak"
        yAxisId={yAxisId}
        x={atMin}
        className="chart-mark chart-mark--peak"
        stroke="currentColor"
        strokeDasharray="4 3"
        label={withLabels ? { value: `${atMin} min`, position: 'insideBottomRight', className: 'chart-mark-label' } : undefined}
      />,
    );
  }
  if (series.minimumEndMin !== null) {
    marks.push(
      <ReferenceLine
        key="minimum"
        yAxisId={yAxisId}
        x={series.minimumEndMin}
        className="chart-mark chart-mark--minimum"
        stroke="currentColor"
        strokeWidth={2}
        strokeDasharray="8 3"
        label={withLabels ? { value: 'minimum observation', position: 'insideBottomRight', className: 'chart-mark-label' } : undefined}
      />,
    );
  }
  series.doses.forEach((d, i) =>
    marks.push(
      <ReferenceLine
        key={`dose-${i}`}
        yAxisId={yAxisId}
        x={d.min}
        className={`chart-mark chart-mark--${d.kind}`}
        stroke="currentColor"
        strokeWidth={1.5}
        strokeDasharray={d.kind === 'dose' ? undefined : '2 2'}
        label={withLabels ? { value: d.label, position: 'top', className: 'chart-mark-label chart-mark-label--dose' } : undefined}
      />,
    ),
  );
  series.alarms.forEach((a, i) =>
    marks.push(
      <ReferenceLine
        key={`alarm-${i}`}
        yAxisId={yAxisId}
        x={a.min}
        className={`chart-mark chart-mark--alarm chart-mark--alarm-${a.priority}`}
        stroke="currentColor"
        strokeWidth={1.5}
        strokeDasharray="1 3"
        label={withLabels ? { value: `▼${alarmLetter(a.priority)}`, position: 'insideTop', className: `chart-mark-label chart-mark-label--alarm-${a.priority}` } : undefined}
      />,
    ),
  );
  return marks;
}

export function limitMarks(series: SessionChartSeries) {
  const { postDose, crisis } = series.limits;
  const top = series.pressureDomain[1];
  // The bands shade the systolic limits; dashed lines mark the diastolic ones (the key says which).
  return [
    <ReferenceArea
      key="band-post-dose"
      yAxisId="pressure"
      y1={postDose.systolic}
      y2={crisis.systolic}
      className="chart-band chart-band--post-dose"
      fill="currentColor"
      ifOverflow="hidden"
      label={{ value: `over ${postDose.systolic}/${postDose.diastolic}`, position: 'insideTopLeft', className: 'chart-band-label' }}
    />,
    <ReferenceArea
      key="band-crisis"
      yAxisId="pressure"
      y1={crisis.systolic}
      y2={top}
      className="chart-band chart-band--crisis"
      fill="currentColor"
      ifOverflow="hidden"
      label={{ value: `crisis ${crisis.systolic}/${crisis.diastolic}`, position: 'insideBottomLeft', className: 'chart-band-label' }}
    />,
    <ReferenceLine
      key="diastolic-post-dose"
      yAxisId="pressure"
      y={postDose.diastolic}
      className="chart-band-line chart-band-line--post-dose"
      stroke="currentColor"
      strokeDasharray="6 4"
    />,
    <ReferenceLine
      key="diastolic-crisis"
      yAxisId="pressure"
      y={crisis.diastolic}
      className="chart-band-line chart-band-line--crisis"
      stroke="currentColor"
      strokeDasharray="6 4"
    />,
  ];
}
