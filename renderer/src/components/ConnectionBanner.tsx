// Says plainly when the screen cannot reach the station. Nothing is lost: the core keeps all state.
import { useConnectionStatus } from '../api/station-context';

export function ConnectionBanner() {
  const status = useConnectionStatus();
  if (status !== 'reconnecting') return null;
  return (
    <div role="alert" className="connection-banner">
      <strong>Connection to the station lost — reconnecting…</strong>
      <span> Timers on this screen are paused until it is back. Nothing recorded is lost.</span>
    </div>
  );
}
