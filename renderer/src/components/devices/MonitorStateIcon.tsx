// A shape for the monitor's state, beside its words: colour is never the only sign.
import type { DeviceState } from '../../../../shared/api/views';

const GLYPHS: Record<DeviceState, string> = {
  connecting: '◌',
  connected: '●',
  measuring: '◉',
  disconnected: '○',
  error: '⚠',
};

export function MonitorStateIcon(props: { state: DeviceState }) {
  return (
    <span className={`monitor-state-icon monitor-state-icon--${props.state}`} aria-hidden="true">
      {GLYPHS[props.state]}
    </span>
  );
}
