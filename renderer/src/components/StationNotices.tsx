// What the station says about itself (records that cannot be saved, a failed backup, a damaged
// settings file, a jump of the PC's clock), under the header for everyone in the room, until the
// core says it is over.
import type { StationNotice } from '../../../shared/api/views';
import { clock } from '../format/time';

export function StationNotices(props: { notices: StationNotice[] }) {
  if (props.notices.length === 0) return null;
  return (
    <ul className="station-notices" aria-label="Station notices">
      {props.notices.map((n) => (
        <li key={n.id} className={`station-notice station-notice--${n.level}`} role={n.level === 'error' ? 'alert' : 'status'}>
          <strong>{n.level === 'error' ? 'Station problem' : 'Note'}</strong> {n.text} <span className="station-notice-since">(since {clock(n.since)})</span>
        </li>
      ))}
    </ul>
  );
}
