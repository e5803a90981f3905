// Who, where, on what, the chair's BP monitor, and the big observation timer.
import type { ReactNode } from 'react';
import type { SessionView } from '../../../../shared/api/views';
import { PHASE_LABELS } from '../../format/labels';
import { clock, dateAndClock } from '../../format/time';
import { ObservationTimer, anchorLabel } from '../ObservationTimer';
import { ReadyToLeaveLine } from '../ReadyToLeaveLine';

export function SessionHeader(props: { view: SessionView; onBack: () => void; monitor: ReactNode }) {
  const { view } = props;
  const dose = view.protocol.dose;
  return (
    <div className="session-header">
      <button type="button" className="button button--back" onClick={props.onBack}>
        <span aria-hidden="true">‹</span> Back to board
      </button>
      <div className="session-identity">
        <h2 className="session-patient" tabIndex={-1} id="session-title">
          {view.patient.name} <span className="session-patient-id">{view.patient.clinicId}</span>
        </h2>
        <p className="session-meta">
          <span>{view.chairName}</span>
          <span>{view.protocolName} · v{view.protocol.version ?? 1}</span>
          <span className={`phase-badge phase-badge--${view.phase}`}>{PHASE_LABELS[view.phase]}</span>
          {view.patient.birthDate && <span>Born {view.patient.birthDate}</span>}
          <span>
            Checked in {view.readOnly ? dateAndClock(view.checkedInAt) : clock(view.checkedInAt)} by {view.checkedInBy}
          </span>
        </p>
        <ReadyToLeaveLine ready={view.readyToLeave} className="ready-line--session" />
        {props.monitor}
      </div>
      {!view.readOnly && (
        <ObservationTimer
          timer={view.timer}
          size="session"
          anchorLabel={anchorLabel(dose.kind, dose.kind === 'ketamine' ? dose.route : undefined)}
        />
      )}
    </div>
  );
}
