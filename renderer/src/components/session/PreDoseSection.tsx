// Before the dose: confirmations, baseline vitals and, when the baseline BP is elevated, the
// clinician's acknowledgment. After the dose it is a short summary.
import type { ReactNode } from 'react';
import type { SessionView } from '../../../../shared/api/views';
import { BaselineAcknowledgmentForm } from './BaselineAcknowledgmentForm';
import { BaselineSummary } from './BaselineSummary';
import { ConfirmationsForm } from './ConfirmationsForm';
import type { SessionPartProps } from './types';

function answer(value: boolean | null): string {
  return value === null ? 'not recorded' : value ? 'confirmed' : 'not confirmed';
}

function Confirmations({ view }: { view: SessionView }) {
  const p = view.preDose;
  if (!view.protocol.requiresTransportConfirmation && !view.protocol.asksSpravatoPreparation) return null;
  return (
    <ul className="confirmation-summary">
      {view.protocol.requiresTransportConfirmation && <li>Someone else drives the patient home: {answer(p.transportHome)}</li>}
      {view.protocol.asksSpravatoPreparation && (
        <>
          <li>Fasting (food 2 h, liquids 30 min): {answer(p.fasting)}</li>
          <li>No nasal steroid or decongestant within the last hour: {answer(p.nasalPreparation)}</li>
        </>
      )}
    </ul>
  );
}

export function PreDoseSection(props: SessionPartProps & { baselineForm: ReactNode }) {
  const { view } = props;
  const editable = view.phase === 'pre-dose' && !view.readOnly;
  const baseline = view.preDose.baselineBp;
  return (
    <section className="panel" aria-labelledby="pre-dose-title">
      <h3 className="panel-title" id="pre-dose-title">
        Pre-dose
      </h3>
      {editable ? (
        <>
          {view.protocol.requiresTransportConfirmation && (
            // Re-mounted when the saved answers change, so the boxes show what the record says.
            <ConfirmationsForm
              key={`${view.preDose.transportHome}-${view.preDose.fasting}-${view.preDose.nasalPreparation}`}
              {...props}
            />
          )}
          {props.baselineForm}
          <BaselineSummary view={view} />
          {view.preDose.baselineElevated && !view.preDose.acknowledgment && baseline && (
            <BaselineAcknowledgmentForm key={baseline.entryId} {...props} observationId={baseline.entryId} />
          )}
        </>
      ) : (
        <>
          <Confirmations view={view} />
          <BaselineSummary view={view} />
        </>
      )}
    </section>
  );
}
