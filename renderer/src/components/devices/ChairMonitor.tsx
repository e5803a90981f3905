// The BP monitor serving a chair, on its tile and at the top of its session: its state in words
// ("SunTech 1 · measuring… 142 mmHg", "disconnected since 10:12"), "Measure now" when a patient is
// in the chair and the station can start the monitor, and its last result for a minute or so.
import type { DeviceView } from '../../../../shared/api/views';
import { monitorStateText, recentResult, resultText } from '../../format/devices';
import { MeasureNowButton } from './MeasureNowButton';
import { MonitorStateIcon } from './MonitorStateIcon';

export function ChairMonitor(props: {
  monitor: DeviceView;
  chairId: string;
  chairName: string;
  chairNames: ReadonlyMap<string, string>;
  now: string;
  occupied: boolean;
  variant: 'tile' | 'session';
}) {
  const { monitor } = props;
  // A result shows on the chair it was taken for (a shared monitor serves several). While a new
  // measurement runs, the previous result would only confuse.
  const result = monitor.state !== 'measuring' && monitor.lastResult?.chairId === props.chairId ? recentResult(monitor, props.now) : null;
  return (
    <div
      className={`chair-monitor chair-monitor--${props.variant} chair-monitor--${monitor.state}`}
      role="group"
      aria-label={`BP monitor for ${props.chairName}`}
    >
      <p className="chair-monitor-state">
        <MonitorStateIcon state={monitor.state} />
        <span className="chair-monitor-name">{monitor.name}</span> ·{' '}
        <span className="chair-monitor-words">{monitorStateText(monitor, props.chairNames)}</span>
      </p>
      {props.occupied && monitor.canStartMeasurement && (
        <MeasureNowButton monitor={monitor} chairId={props.chairId} chairName={props.chairName} chairNames={props.chairNames} />
      )}
      {result && (
        <p className={`chair-monitor-result chair-monitor-result--${result.kind}`} role="status">
          {result.kind !== 'reading' && <span aria-hidden="true">⚠ </span>}
          {resultText(result)}
        </p>
      )}
    </div>
  );
}
