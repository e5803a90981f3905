// One session over the board: everything recorded, and the forms for what comes next.
import { useEffect } from 'react';
import type { Phase } from '../../../../shared/domain/observation';
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

type MainPart = 'pre-dose' | 'dose' | 'check';

function ordered(phase: Phase, readOnly: boolean): MainPart[] {
  if (readOnly) return ['pre-dose', 'dose'];
  if (phase === 'pre-dose') return ['pre-dose', 'dose'];
  if (phase === 'dosing') return ['dose', 'check', 'pre-dose'];
  return ['check', 'dose', 'pre-dose'];
}

export function SessionPanel(props: { sessionId: string; now: string | null; onBack: () => void }) {
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
  return (
    <div className={`session${view.readOnly ? ' session--read-only' : ''}`}>
      <SessionHeader view={view} onBack={props.onBack} />
      {view.closure && <ClosureBanner closure={view.closure} now={now} />}
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
