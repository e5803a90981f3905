// Signing in at the station: pick your name, type your PIN. The station checks both and says why not.
import { useState, type FormEvent } from 'react';
import { useStationApi } from '../../api/station-context';
import { fieldError, useAction } from '../../hooks/useAction';
import { useSignIn } from '../../state/sign-in';
import { Dialog } from '../Dialog';
import { FormAlert } from '../FormAlert';
import { EMPTY_SIGN_OFF, SignOffFields, useForgetRefusedPin, type SignOff } from './SignOffFields';

const FIELDS = { userId: 'Your name', pin: 'PIN' };

export function SignInDialog(props: { onClose: () => void }) {
  const api = useStationApi();
  const action = useAction();
  const { accept } = useSignIn();
  const [value, setValue] = useState<SignOff>(EMPTY_SIGN_OFF);
  useForgetRefusedPin(action.error, '', setValue);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const view = await action.runAnonymous(() => api['users.signIn'](value));
    if (view) {
      accept(view);
      props.onClose();
    }
  }

  return (
    <Dialog title="Sign in" onClose={props.onClose} className="dialog--sign-in">
      <form onSubmit={submit} className="dialog-form" aria-label="Sign in" noValidate>
        <div className="field-row">
          <SignOffFields
            roles={['nurse', 'clinician', 'admin']}
            userLabel="Your name"
            value={value}
            onChange={setValue}
            userError={fieldError(action.error, 'userId')}
            pinError={fieldError(action.error, 'pin')}
          />
        </div>
        <FormAlert error={action.error} fields={FIELDS} />
        <div className="dialog-actions">
          <button type="submit" className="button button--primary" disabled={action.pending}>
            Sign in
          </button>
          <button type="button" className="button" onClick={props.onClose}>
            Cancel
          </button>
        </div>
      </form>
    </Dialog>
  );
}
