// The pre-dose baseline the core took from the record, with the elevated-BP warning and its
// acknowledgment.
import type { SessionView } from '../../../../shared/api/views';
import { bpText } from '../../format/entries';
import { clock } from '../../format/time';

export function BaselineSummary({ view }: { view: SessionView }) {
  const { baselineBp, baselineSpo2, baselineElevated, acknowledgment } = view.preDose;
  const limit = view.protocol.limits.preDoseBp;
  const notRecorded = view.readOnly || view.phase !== 'pre-dose' ? 'not recorded' : 'not recorded yet';
  return (
    <div className="baseline">
      <div className={`baseline-item${baselineElevated ? ' baseline-item--elevated' : ''}`}>
        <span className="baseline-label">Baseline BP</span>
        {baselineBp ? (
          <>
            <span className="baseline-value">{bpText(baselineBp.value)}</span>
            {baselineBp.value.pulse !== undefined && <span className="baseline-extra">pulse {baselineBp.value.pulse}</span>}
            <span className="baseline-at">at {clock(baselineBp.at)}</span>
            {baselineElevated && (
              <span className="baseline-warning">
                Above pre-dose limit {limit.systolic}/{limit.diastolic}
                {acknowledgment && ` — acknowledged by ${acknowledgment.clinician} at ${clock(acknowledgment.at)}`}
              </span>
            )}
          </>
        ) : (
          <span className="baseline-none">{notRecorded}</span>
        )}
      </div>
      <div className="baseline-item">
        <span className="baseline-label">Baseline SpO2</span>
        {baselineSpo2 ? (
          <>
            <span className="baseline-value">{baselineSpo2.value}%</span>
            <span className="baseline-at">at {clock(baselineSpo2.at)}</span>
          </>
        ) : (
          <span className="baseline-none">{notRecorded}</span>
        )}
      </div>
    </div>
  );
}
