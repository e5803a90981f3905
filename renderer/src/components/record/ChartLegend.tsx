// The key to the session chart: each line's pattern as drawn (not only its colour), and the marks.
import type { ReactNode } from 'react';
import { clock } from '../../format/time';
import type { SessionChartSeries } from './chart-series';

function LineSample(props: { series: string; dash?: string; dot: 'filled' | 'hollow' | 'square' | 'none'; step?: boolean }) {
  const path = props.step ? 'M1 10 H14 V4 H29' : 'M1 7 H29';
  return (
    <svg className={`chart-legend-sample chart-series--${props.series}`} width="30" height="14" viewBox="0 0 30 14" aria-hidden="true">
      <path d={path} fill="none" stroke="currentColor" strokeWidth="2" strokeDasharray={props.dash} />
      {props.dot === 'square' && <rect x="11.5" y="3.5" width="7" height="7" fill="currentColor" />}
      {props.dot !== 'square' && props.dot !== 'none' && (
        <circle cx="15" cy={props.step ? 4 : 7} r="3.5" stroke="currentColor" strokeWidth="1.5" className={`chart-dot chart-dot--${props.dot}`} />
      )}
    </svg>
  );
}

function MarkSample(props: { className: string; dash?: string; area?: boolean }) {
  return (
    <svg className={`chart-legend-sample ${props.className}`} width="16" height="14" viewBox="0 0 16 14" aria-hidden="true">
      {props.area ? <rect x="1" y="1" width="14" height="12" fill="currentColor" /> : <path d="M8 0 V14" stroke="currentColor" strokeWidth="2" strokeDasharray={props.dash} />}
    </svg>
  );
}

function Item(props: { sample: ReactNode; children: ReactNode }) {
  return (
    <li className="chart-legend-item">
      {props.sample}
      <span>{props.children}</span>
    </li>
  );
}

export function ChartLegend(props: { series: SessionChartSeries; nowLabel: string }) {
  const { series } = props;
  const { postDose, crisis } = series.limits;
  return (
    <ul className="chart-legend" aria-label="Chart key">
      <Item sample={<LineSample series="systolic" dot="filled" />}>Systolic</Item>
      <Item sample={<LineSample series="diastolic" dash="7 4" dot="hollow" />}>Diastolic</Item>
      <Item sample={<LineSample series="pulse" dash="2 3" dot="hollow" />}>Pulse</Item>
      <Item sample={<LineSample series="spo2" dot="square" />}>SpO2 (right axis)</Item>
      <Item sample={<LineSample series="moaas" dot="filled" step />}>MOAA/S</Item>
      <Item sample={<LineSample series="dissociation" dash="7 4" dot="hollow" step />}>Dissociation</Item>
      <Item sample={<MarkSample className="chart-band chart-band--post-dose" area />}>
        Over the post-dose limit: systolic {postDose.systolic} (shaded), diastolic {postDose.diastolic} (dashed line)
      </Item>
      <Item sample={<MarkSample className="chart-band chart-band--crisis" area />}>
        Crisis: systolic {crisis.systolic} (shaded), diastolic {crisis.diastolic} (dashed line)
      </Item>
      {series.doses.length > 0 && (
        <Item sample={<MarkSample className="chart-mark chart-mark--dose" />}>
          {series.doses.map((d) => `${d.label} ${d.description} ${clock(d.at)}`).join(' · ')}
        </Item>
      )}
      {series.peakCheck && (
        <Item sample={<MarkSample className="chart-mark chart-mark--peak" dash="4 3" />}>
          {series.peakCheck.atMin} min check{series.peakCheck.toMin !== null && ` (window ${series.peakCheck.fromMin}-${series.peakCheck.toMin} min shaded)`}
        </Item>
      )}
      {series.minimumEndMin !== null && (
        <Item sample={<MarkSample className="chart-mark chart-mark--minimum" dash="8 3" />}>Minimum observation ends ({Math.round(series.minimumEndMin)} min)</Item>
      )}
      {series.nowMin !== null && (
        <Item sample={<MarkSample className="chart-mark chart-mark--now" />}>
          {props.nowLabel} ({Math.round(series.nowMin)} min)
        </Item>
      )}
      {series.alarms.length > 0 && (
        <Item sample={<MarkSample className="chart-mark chart-mark--alarm" dash="1 3" />}>Alarm raised: ▼H high, ▼M medium, ▼L low</Item>
      )}
    </ul>
  );
}
