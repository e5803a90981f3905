// The protocol's drug and dose form: Spravato devices (how many, mg each, rest between them) or a
// ketamine route; and how long the patient is observed.
import type { StationApiError } from '../../api/station-api-error';
import { SelectField } from '../SelectField';
import { TextField } from '../TextField';
import { messageAt, messagesUnder } from './issues';
import { withDrug, withRoute, type ProtocolForm } from './protocol-form';

const DRUGS = [
  { value: 'esketamine', label: 'Esketamine (Spravato)' },
  { value: 'ketamine', label: 'Ketamine' },
] as const;

const ROUTES = [
  { value: 'IV', label: 'IV infusion' },
  { value: 'IM', label: 'IM injection' },
  { value: 'sublingual', label: 'Sublingual' },
] as const;

export function DoseFields(props: { form: ProtocolForm; onChange: (form: ProtocolForm) => void; error: StationApiError | null }) {
  const { form, error } = props;
  const set = (change: Partial<ProtocolForm>) => props.onChange({ ...form, ...change });
  const at = (path: string) => messageAt(error, `protocol.${path}`);
  return (
    <div className="protocol-fields">
      <div className="field-row">
        <SelectField
          label="Drug"
          value={form.drug}
          options={DRUGS}
          onChange={(drug) => props.onChange(withDrug(form, drug as ProtocolForm['drug']))}
          size="m"
          error={at('drug') ?? at('dose')}
        />
        {form.drug === 'esketamine' ? (
          <>
            <TextField label="Devices" hint="1 to 3" value={form.devices} onChange={(devices) => set({ devices })} inputMode="numeric" size="xs" error={at('dose.devices')} />
            <TextField label="Mg per device" value={form.mgPerDevice} onChange={(mgPerDevice) => set({ mgPerDevice })} inputMode="numeric" size="xs" error={at('dose.mgPerDevice')} />
            <TextField
              label="Rest between devices"
              hint="min"
              value={form.restBetweenDevicesMin}
              onChange={(restBetweenDevicesMin) => set({ restBetweenDevicesMin })}
              inputMode="numeric"
              size="xs"
              error={at('dose.restBetweenDevicesMin')}
            />
          </>
        ) : (
          <SelectField
            label="Route"
            value={form.route}
            options={ROUTES}
            onChange={(route) => props.onChange(withRoute(form, route as ProtocolForm['route']))}
            size="s"
            error={messagesUnder(error, 'protocol.dose.route')}
          />
        )}
      </div>
      <div className="field-row">
        <TextField
          label="Minimum observation"
          hint="min after the first device or dose"
          value={form.minimumObservationMin}
          onChange={(minimumObservationMin) => set({ minimumObservationMin })}
          inputMode="numeric"
          size="xs"
          error={at('minimumObservationMin')}
        />
        {form.drug === 'ketamine' && form.route === 'IV' && (
          <TextField
            label="Observation after the infusion ends"
            hint="min; empty: none"
            value={form.minimumAfterInfusionEndMin}
            onChange={(minimumAfterInfusionEndMin) => set({ minimumAfterInfusionEndMin })}
            inputMode="numeric"
            size="xs"
            error={at('minimumAfterInfusionEndMin')}
          />
        )}
        <TextField
          label="Grace before a check is overdue"
          hint="min"
          value={form.graceMin}
          onChange={(graceMin) => set({ graceMin })}
          inputMode="numeric"
          size="xs"
          error={at('graceMin')}
        />
      </div>
    </div>
  );
}
