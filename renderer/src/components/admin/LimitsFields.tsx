// The protocol's limits: the blood pressures that hold the dose, raise alarms and allow discharge,
// and the SpO2 levels that raise alarms. Each says what crossing it does.
import type { StationApiError } from '../../api/station-api-error';
import { TextField } from '../TextField';
import { BpLimitField } from './BpLimitField';
import { messageAt } from './issues';
import type { LimitName, ProtocolForm } from './protocol-form';

export const BP_LIMITS: ReadonlyArray<{ name: LimitName; label: string; hint: string }> = [
  { name: 'preDoseBp', label: 'Pre-dose limit', hint: 'a baseline above it needs a clinician’s acknowledgment' },
  { name: 'postDoseBp', label: 'Post-dose limit', hint: 'above it and not falling: MEDIUM alarm' },
  { name: 'crisisBp', label: 'Crisis limit', hint: 'at or above it: HIGH alarm' },
  { name: 'dischargeBp', label: 'Discharge limit', hint: 'discharge needs BP at or below it, or falling' },
];

export function LimitsFields(props: { limits: ProtocolForm['limits']; onChange: (limits: ProtocolForm['limits']) => void; error: StationApiError | null }) {
  const { limits, error } = props;
  const set = (change: Partial<ProtocolForm['limits']>) => props.onChange({ ...limits, ...change });
  return (
    <div className="protocol-fields">
      <div className="bp-limits">
        {BP_LIMITS.map((l) => (
          <BpLimitField
            key={l.name}
            label={l.label}
            hint={l.hint}
            value={limits[l.name]}
            onChange={(value) => set({ [l.name]: value })}
            path={`protocol.limits.${l.name}`}
            error={error}
          />
        ))}
      </div>
      <div className="field-row">
        <TextField
          label="SpO2 danger level"
          hint="%; below it: HIGH alarm"
          value={limits.spo2High}
          onChange={(spo2High) => set({ spo2High })}
          inputMode="numeric"
          size="xs"
          error={messageAt(error, 'protocol.limits.spo2High')}
        />
        <TextField
          label="SpO2 warning level"
          hint="%; below it: MEDIUM alarm"
          value={limits.spo2Medium}
          onChange={(spo2Medium) => set({ spo2Medium })}
          inputMode="numeric"
          size="xs"
          error={messageAt(error, 'protocol.limits.spo2Medium')}
        />
      </div>
    </div>
  );
}
