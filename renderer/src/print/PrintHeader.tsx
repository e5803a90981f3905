// Who, what and who was involved: the head of the paper record.
import type { SessionView } from '../../../shared/api/views';
import { clock, dateAndClock } from '../format/time';
import { longDate, recorders, recordState, signingClinician } from './print-format';

function DoseLines({ view }: { view: SessionView }) {
  const dose = view.protocol.dose;
  if (dose.kind === 'spravato-devices') {
    if (view.devices.length === 0) return <>No device given</>;
    const mg = view.devices.length * dose.mgPerDevice;
    return (
      <>
        {mg} mg ({view.devices.length} of {dose.devices} devices of {dose.mgPerDevice} mg):{' '}
        {view.devices.map((d) => `device ${d.number} at ${clock(d.at)}, lot ${d.lot}`).join('; ')}
      </>
    );
  }
  const k = view.ketamineDose;
  if (!k) return <>No dose given</>;
  return (
    <>
      Ketamine {k.mg} mg {k.route} at {clock(k.at)}, lot {k.lot}
      {view.infusionEndAt && <>; infusion ended {clock(view.infusionEndAt)}</>}
    </>
  );
}

export function PrintHeader({ view }: { view: SessionView }) {
  const clinician = signingClinician(view);
  const p = view.patient;
  return (
    <header className="print-header">
      <div className="print-title-row">
        <h1 className="print-title">Post-dose observation record</h1>
        <p className="print-state">{recordState(view)}</p>
      </div>
      <dl className="print-facts">
        <div>
          <dt>Patient</dt>
          <dd className="print-patient">
            {p.name} — <strong className="print-nowrap">ID {p.clinicId}</strong>
          </dd>
        </div>
        <div>
          <dt>Birth date</dt>
          <dd>{p.birthDate ? longDate(p.birthDate) : 'not recorded'}</dd>
        </div>
        <div>
          <dt>Protocol</dt>
          <dd>{view.protocolName}</dd>
        </div>
        <div>
          <dt>Chair</dt>
          <dd>{view.chairName}</dd>
        </div>
        <div>
          <dt>Checked in</dt>
          <dd>
            {dateAndClock(view.checkedInAt)} by {view.checkedInBy}
          </dd>
        </div>
        <div>
          <dt>Signing clinician</dt>
          <dd>{clinician ?? (view.closure ? 'none (no discharge)' : 'not signed off yet')}</dd>
        </div>
        <div className="print-facts-double">
          <dt>Dose and lot numbers</dt>
          <dd>
            <DoseLines view={view} />
          </dd>
        </div>
        <div>
          <dt>Recorded by</dt>
          <dd>{recorders(view.entries).join(', ') || (view.closure ? 'nobody' : 'nobody yet')}</dd>
        </div>
      </dl>
    </header>
  );
}
