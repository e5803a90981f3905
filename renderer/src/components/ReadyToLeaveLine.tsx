// "Ready to leave at 95 min": when every discharge criterion but the minimum time was first met,
// as the station recorded it. The tile and the session show it so staff can plan the chair.
import type { SessionSummary } from '../../../shared/api/views';
import { clock } from '../format/time';

export function ReadyToLeaveLine(props: { ready: SessionSummary['readyToLeave']; className?: string }) {
  if (!props.ready) return null;
  return (
    <p className={`ready-line ${props.className ?? ''}`}>
      Ready to leave at {props.ready.afterMin} min <span className="ready-line-time">({clock(props.ready.at)})</span>
    </p>
  );
}
