// First start: the station has no users, so nobody could sign a discharge off or add staff. The
// person setting it up makes the first admin account with a PIN of their own choosing: there is no
// default password to forget to change. The core refuses this once any user exists.
import { useState, type FormEvent } from 'react';
import type { UsersStatusView } from '../../../../shared/api/views';
import { useStationApi } from '../../api/station-context';
import { fieldError, useAction } from '../../hooks/useAction';
import { FormAlert } from '../FormAlert';
import { TextField } from '../TextField';
import { PinField } from './PinField';

const FIELDS = { name: 'Admin name', pin: 'PIN', repeat: 'Repeat PIN' };

export function SetupScreen(props: { onSetUp: (status: UsersStatusView) => void }) {
  const api = useStationApi();
  const action = useAction();
  const [name, setName] = useState('');
  const [pin, setPin] = useState('');
  const [repeat, setRepeat] = useState('');

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (pin !== repeat) {
      action.fail('The two PINs are not the same', [{ path: 'repeat', message: 'Type the same PIN again' }]);
      setRepeat('');
      return;
    }
    const status = await action.runAnonymous(() => api['users.setUp']({ name, pin }));
    setPin('');
    setRepeat('');
    if (status) props.onSetUp(status);
  }

  return (
    <main className="setup-screen" aria-labelledby="setup-title">
      <form className="setup-card" onSubmit={submit} noValidate aria-labelledby="setup-title">
        <h1 id="setup-title" className="setup-title">
          Set up this station
        </h1>
        <p className="setup-text">
          Make the first admin account. The admin adds the nurses and clinicians under Settings → Users; clinicians sign
          discharges off with their own PIN.
        </p>
        <p className="setup-text">Choose a PIN of 4 to 8 digits that only you know. There is no default PIN.</p>
        <TextField label="Admin name" hint="as colleagues know you" value={name} onChange={setName} size="l" error={fieldError(action.error, 'name')} autoFocus />
        <div className="field-row">
          <PinField label="PIN" hint="4 to 8 digits" value={pin} onChange={setPin} autoComplete="new-password" error={fieldError(action.error, 'pin')} />
          <PinField label="Repeat PIN" value={repeat} onChange={setRepeat} autoComplete="new-password" error={fieldError(action.error, 'repeat')} />
        </div>
        <FormAlert error={action.error} fields={FIELDS} />
        <div className="form-actions">
          <button type="submit" className="button button--primary button--large" disabled={action.pending}>
            Set up station
          </button>
        </div>
      </form>
    </main>
  );
}
