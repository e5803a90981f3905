// A clinician's sign-off inside a form (discharge, override, elevated pre-dose BP): the name and PIN
// fields with the core's messages at them, the PIN forgotten when the core refused it.
import { useCallback, useState, type ReactNode } from 'react';
import type { StationApiError } from '../../api/station-api-error';
import { fieldError } from '../../hooks/useAction';
import { EMPTY_SIGN_OFF, SignOffFields, useForgetRefusedPin, type SignOff } from './SignOffFields';

export function useClinicianSignOff(error: StationApiError | null): { signOff: SignOff; fields: ReactNode; reset: () => void } {
  const [signOff, setSignOff] = useState<SignOff>(EMPTY_SIGN_OFF);
  useForgetRefusedPin(error, 'signOff', setSignOff);
  const reset = useCallback(() => setSignOff(EMPTY_SIGN_OFF), []);
  const fields = (
    <SignOffFields
      roles={['clinician']}
      value={signOff}
      onChange={setSignOff}
      userError={fieldError(error, 'signOff.userId')}
      pinError={fieldError(error, 'signOff.pin')}
    />
  );
  return { signOff, fields, reset };
}
