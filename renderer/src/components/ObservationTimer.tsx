// The observation clock as the core computed it: time since the anchor (first device or ketamine
// start) and what is left of the minimum observation.
import type { TimerView } from '../../../shared/api/views';
import { duration } from '../format/time';

export function ObservationTimer(props: { timer: TimerView; anchorLabel: string; size?: 'tile' | 'session' }) {
  const { timer } = props;
  const size = props.size ?? 'tile';
  if (timer.elapsedMs === null) {
    return (
      <div className={`timer timer--${size} timer--none`}>
        <span className="timer-pending">{timer.pending ?? 'No dose recorded yet'}</span>
      </div>
    );
  }
  let left: { text: string; kind: 'left' | 'pending' | 'ready' };
  if (timer.pending) left = { text: timer.pending, kind: 'pending' };
  else if (timer.minimumReached) left = { text: 'Minimum observation reached', kind: 'ready' };
  else left = { text: `${duration(timer.remainingMs ?? 0)} left`, kind: 'left' };
  return (
    <div className={`timer timer--${size}`}>
      <div className="timer-main">
        <span className="timer-elapsed">{duration(timer.elapsedMs)}</span>
        <span className="timer-caption">{props.anchorLabel}</span>
      </div>
      <span className={`timer-left timer-left--${left.kind}`}>{left.text}</span>
    </div>
  );
}

/** "since first device" / "since dose" / "since infusion start". */
export function anchorLabel(doseKind: 'spravato-devices' | 'ketamine', route?: string): string {
  if (doseKind === 'spravato-devices') return 'since first device';
  return route === 'IV' ? 'since infusion start' : 'since dose';
}
