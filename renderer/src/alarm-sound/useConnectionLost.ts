// True once this screen has been unable to reach the station for a while. Alarms come from the
// station: a screen cut off from it would stay silent through a new alarm, so it must sound itself.
import { useEffect, useState } from 'react';
import { useConnectionStatus } from '../api/station-context';

/** Long enough to ride out a station restart, short enough that nobody is left unwatched. */
export const CONNECTION_LOST_ALARM_MS = 10_000;

export function useConnectionLost(): boolean {
  const status = useConnectionStatus();
  const [lost, setLost] = useState(false);
  useEffect(() => {
    if (status !== 'reconnecting') {
      setLost(false);
      return;
    }
    const timer = setTimeout(() => setLost(true), CONNECTION_LOST_ALARM_MS);
    return () => clearTimeout(timer);
  }, [status]);
  return lost;
}
