// One session over the board: everything recorded, and the forms for what comes next.
import { useEffect } from 'react';
import type { ChairTile } from '../../../../shared/api/views';
import type { Phase } from '../../../../shared/domain/observation';
import { ChairMonitor } from '../devices/ChairMonitor';
import { useSessionView } from '../../hooks/useSessionView';
import { AlarmHistory } from './AlarmHistory';
import { ChecksList } from './ChecksList';
import { ClosureBanner } from './ClosureBanner';
import { DischargeSection } from './DischargeSection';
import { DoseSection } from './DoseSection';
import { ObservationForm } from './ObservationForm';
import { PreDoseSection } from './PreDoseSection';
import { SessionHeader } from './SessionHeader';
import { Timeline } from './Timeline';
import { ExportActions } from '../record/ExportActions';
import { SessionChartPanel } from '../record/SessionChartPanel';
import { AddendumForm } from './AddendumForm';
import { RecoveryScoreForm } from './RecoveryScoreForm';
import { RemsSection } from './RemsSection';

type MainPart = 'pre-dose' | 'dose' | 'check';

function ordered(phase: Phase, readOnly: boolean): MainPart[] {
  if (readOnly) return ['pre-dose', 'dose'];
  if (phase === 'pre-dose') return ['pre-dose', 'dose'];
  if (phase === 'dosing') return ['dose', 'check', 'pre-dose'];
  return ['check', 'dose', 'pre-dose'];
}

export function SessionPanel(props: { sessionId: string; now: string | null; chairs: ChairTile[] | null; onBack: () => void }) {
  const { view, error, update } = useSessionView(props.sessionId, props.now);
  const loaded = view !== null;

  useEffect(() => {
    if (loaded) document.getElementById('session-title')?.focus();
  }, [loaded]);

  if (!view) {
    return (
      <div className="session session--loading">
        <button type="button" className="button button--back" onClick={props.onBack}>
          <span aria-hidden="true">‹</span> Back to board
        </button>
        {error ? (
          <p role="alert" className="form-alert">
            {error}
          </p>
        ) : (
          <p className="muted">Loading the session…</p>
        )}
      </div>
    );
  }

  const now = props.now ?? new Date().toISOString();
  const parts = { view, now, onUpdated: update };
  const preDose = view.phase === 'pre-dose' && !view.readOnly;
  // The board knows the chair's monitor; a closed session's chair may serve someone else by now.
  const chair = view.readOnly ? undefined : props.chairs?.find((c) => c.chairId === view.chairId);
  const monitor = chair?.monitor && (
    <ChairMonitor
      monitor={chair.monitor}
      chairId={chair.chairId}
      chairName={chair.chairName}
      chairNames={new Map((props.chairs ?? []).map((c) => [c.chairId, c.chairName]))}
      now={now}
      occupied
      variant="session"
    />
  );
  return (
    <div className={`session${view.readOnly ? ' session--read-only' : ''}`}>
      <SessionHeader view={view} onBack={props.onBack} monitor={monitor || null} />
      {view.closure && <ClosureBanner closure={view.closure} now={now} />}
      <ExportActions sessionId={view.sessionId} />
      {error && (
        <p role="alert" className="form-alert">
          {error}
        </p>
      )}
      <div className="session-columns">
        <div className="session-main">
          {/* The task at hand comes first: the pre-dose steps, then the dose, then the checks. */}
          {ordered(view.phase, view.readOnly).map((part) => {
            switch (part) {
              case 'pre-dose':
                return (
                  <PreDoseSection
                    key={part}
                    {...parts}
                    baselineForm={preDose ? <ObservationForm {...parts} label="Baseline vitals" heading="Baseline vitals" /> : null}
                  />
                );
              case 'dose':
                return <DoseSection key={part} {...parts} />;
              case 'check':
                return (
                  <section key={part} className="panel" aria-labelledby="check-title">
                    <h3 className="panel-title" id="check-title">
                      Record a check
                    </h3>
                    <ObservationForm {...parts} label="Record a check" />
                  </section>
                );
            }
          })}
          <SessionChartPanel view={view} />
          {view.protocol.recoveryScore && view.timer.anchorAt !== null && <RecoveryScoreForm {...parts} />}
          <RemsSection {...parts} />
          {view.readOnly && <AddendumForm {...parts} />}
        </div>
        <div className="session-side">
          {!view.readOnly && <DischargeSection {...parts} />}
          <ChecksList checks={view.checks} now={now} readOnly={view.readOnly} />
          <AlarmHistory alarms={view.alarmHistory} readOnly={view.readOnly} />
          <Timeline {...parts} />
        </div>
      </div>
    </div>
  );
}
