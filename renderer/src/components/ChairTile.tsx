// One chair on the board: free with a "Check in" button, or the patient's timer, next check, latest
// readings, its BP monitor and what needs attention. The whole occupied tile opens the session. The
// tile's border and header carry the colour of its highest active alarm, which wins over the
// check-based tones.
import type { ChairTile as ChairTileView, SessionSummary } from '../../../shared/api/views';
import { TILE_ALARM_BADGES } from '../format/alarms';
import { PHASE_LABELS } from '../format/labels';
import { tileCheckInButtonId, tileOpenButtonId } from '../focus';
import { ChairMonitor } from './devices/ChairMonitor';
import { LatestValues } from './LatestValues';
import { NextCheckLine } from './NextCheckLine';
import { ObservationTimer } from './ObservationTimer';
import { ReadyToLeaveLine } from './ReadyToLeaveLine';

function hasReadings(s: SessionSummary): boolean {
  const { bp, spo2, moaas, dissociation } = s.latest;
  return Boolean(bp || spo2 || moaas || dissociation);
}

export function ChairTile(props: {
  chair: ChairTileView;
  now: string;
  chairNames: ReadonlyMap<string, string>;
  onCheckIn: (chairId: string) => void;
  onOpen: (sessionId: string, chairId: string) => void;
}) {
  const { chair, now } = props;
  const s = chair.session;
  const monitor = chair.monitor && (
    <ChairMonitor
      monitor={chair.monitor}
      chairId={chair.chairId}
      chairName={chair.chairName}
      chairNames={props.chairNames}
      now={now}
      occupied={s !== null}
      variant="tile"
    />
  );
  if (!s) {
    return (
      <section className="tile tile--free" aria-label={chair.chairName}>
        <div className="tile-body">
          <h2 className="tile-chair">{chair.chairName}</h2>
          <p className="tile-free-text">Free</p>
          <button
            type="button"
            id={tileCheckInButtonId(chair.chairId)}
            className="button button--primary button--large"
            onClick={() => props.onCheckIn(chair.chairId)}
          >
            Check in
          </button>
          {monitor}
        </div>
      </section>
    );
  }
  const alarm = s.highestAlarm;
  const toneClass = alarm ? `tile--alarm tile--alarm-${alarm}` : `tile--${s.tone}`;
  const attention = s.attention;
  return (
    <section className={`tile tile--occupied ${toneClass}`} aria-label={chair.chairName}>
      <div className="tile-body">
        <div className="tile-top">
          <h2 className="tile-chair">{chair.chairName}</h2>
          {alarm && <span className={`tile-alarm-badge tile-alarm-badge--${alarm}`}>{TILE_ALARM_BADGES[alarm]}</span>}
          <span className={`phase-badge phase-badge--${s.phase}`}>{PHASE_LABELS[s.phase]}</span>
          <button
            type="button"
            id={tileOpenButtonId(chair.chairId)}
            className="tile-open"
            aria-label={`Open ${chair.chairName}`}
            onClick={() => props.onOpen(s.sessionId, chair.chairId)}
          >
            Open <span aria-hidden="true">›</span>
          </button>
        </div>
        <p className="tile-patient">
          <span className="tile-patient-name">{s.patient.name}</span>
          <span className="tile-patient-id">{s.patient.clinicId}</span>
          <span className="tile-protocol">{s.protocolName}</span>
        </p>
        <ObservationTimer timer={s.timer} anchorLabel="since dose" />
        <NextCheckLine check={s.nextCheck} now={now} />
        <ReadyToLeaveLine ready={s.readyToLeave} />
        {hasReadings(s) && <LatestValues latest={s.latest} className="latest--tile" />}
        {monitor}
        {attention.length > 0 && (
          <ul className="attention" aria-label="Needs attention">
            {attention.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}
