// The dose as recorded, and the form for what comes next (next device, ketamine dose, infusion end).
import type { SessionView } from '../../../../shared/api/views';
import { clock } from '../../format/time';
import { InfusionEndForm } from './InfusionEndForm';
import { KetamineDoseForm } from './KetamineDoseForm';
import { SpravatoDeviceForm } from './SpravatoDeviceForm';
import type { SessionPartProps } from './types';

function DevicesGiven({ view }: { view: SessionView }) {
  if (view.devices.length === 0) return <p className="muted">No device given yet.</p>;
  return (
    <ol className="dose-list">
      {view.devices.map((d) => (
        <li key={d.number}>
          <strong>Device {d.number}</strong> given at {clock(d.at)} · lot {d.lot}
        </li>
      ))}
    </ol>
  );
}

function KetamineGiven({ view }: { view: SessionView }) {
  const k = view.ketamineDose;
  if (!k) return null;
  return (
    <ul className="dose-list">
      <li>
        <strong>
          Ketamine {k.mg} mg {k.route}
        </strong>{' '}
        {k.route === 'IV' ? 'infusion started' : 'given'} at {clock(k.at)} · lot {k.lot}
      </li>
      {k.route === 'IV' && (
        <li>{view.infusionEndAt ? <>Infusion ended at {clock(view.infusionEndAt)}</> : <strong>Infusion end not recorded yet</strong>}</li>
      )}
    </ul>
  );
}

export function DoseSection(props: SessionPartProps) {
  const { view } = props;
  const dose = view.protocol.dose;
  const editable = !view.readOnly;
  return (
    <section className="panel" aria-labelledby="dose-title">
      <h3 className="panel-title" id="dose-title">
        Dose
        {dose.kind === 'spravato-devices' && (
          <span className="panel-title-detail">
            {' '}
            {dose.devices} devices × {dose.mgPerDevice} mg, {dose.restBetweenDevicesMin} min rest between
          </span>
        )}
        {dose.kind === 'ketamine' && <span className="panel-title-detail"> Ketamine {dose.route}</span>}
      </h3>
      {dose.kind === 'spravato-devices' ? (
        <>
          <DevicesGiven view={view} />
          {/* Re-mounted per device so the lot starts from the previous device's. */}
          {editable && view.nextDevice && <SpravatoDeviceForm key={view.devices.length} {...props} />}
        </>
      ) : (
        <>
          <KetamineGiven view={view} />
          {editable && !view.ketamineDose && <KetamineDoseForm {...props} route={dose.route} />}
          {editable && view.ketamineDose && dose.route === 'IV' && !view.infusionEndAt && <InfusionEndForm {...props} />}
        </>
      )}
      {view.readOnly && dose.kind === 'ketamine' && !view.ketamineDose && <p className="muted">No dose given.</p>}
    </section>
  );
}
