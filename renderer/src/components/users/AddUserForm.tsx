// An admin adds a user: their name, role and a PIN typed twice (the person chooses it, so nobody
// else need know it), then confirms with their own name and PIN. The core checks the admin and
// refuses a name already in use.
import { useState, type FormEvent } from 'react';
import type { UsersStatusView } from '../../../../shared/api/views';
import { ROLE_LABELS, USER_ROLES, type UserRole } from '../../../../shared/domain/users';
import { useStationApi } from '../../api/station-context';
import { fieldError, useAction } from '../../hooks/useAction';
import { FormAlert } from '../FormAlert';
import { SelectField } from '../SelectField';
import { TextField } from '../TextField';
import { PinField } from './PinField';
import { EMPTY_SIGN_OFF, SignOffFields, useForgetRefusedPin, type SignOff } from './SignOffFields';

const FIELDS = {
  name: 'Name',
  role: 'Role',
  pin: 'PIN',
  repeat: 'Repeat PIN',
  'admin.userId': 'Admin',
  'admin.pin': 'Admin PIN',
};

const ROLE_OPTIONS = USER_ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] }));

export function AddUserForm(props: { onAdded: (status: UsersStatusView, name: string, role: UserRole) => void; onCancel: () => void }) {
  const api = useStationApi();
  const action = useAction();
  const [name, setName] = useState('');
  const [role, setRole] = useState('');
  const [pin, setPin] = useState('');
  const [repeat, setRepeat] = useState('');
  const [admin, setAdmin] = useState<SignOff>(EMPTY_SIGN_OFF);
  useForgetRefusedPin(action.error, 'admin', setAdmin);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (pin !== repeat) {
      action.fail('The two PINs are not the same', [{ path: 'repeat', message: 'Type the same PIN again' }]);
      setRepeat('');
      return;
    }
    // The role goes as chosen (even none), so the core's own message names what is missing.
    const status = await action.runAnonymous(() => api['users.add']({ name, role: role as UserRole, pin, admin }));
    if (status) props.onAdded(status, name.trim(), role as UserRole);
  }

  const error = (path: string) => fieldError(action.error, path);
  return (
    <form onSubmit={submit} className="add-user-form" aria-label="Add user" noValidate>
      <h4 className="add-user-title">Add user</h4>
      <div className="field-row">
        <TextField label="Name" hint="as colleagues know them" value={name} onChange={setName} size="m" error={error('name')} autoFocus />
        <SelectField label="Role" value={role} placeholder="Choose a role" options={ROLE_OPTIONS} onChange={setRole} size="s" error={error('role')} />
        <PinField label="PIN" hint="4 to 8 digits, chosen by them" value={pin} onChange={setPin} autoComplete="new-password" error={error('pin')} />
        <PinField label="Repeat PIN" value={repeat} onChange={setRepeat} autoComplete="new-password" error={error('repeat')} />
      </div>
      <fieldset className="sign-off">
        <legend className="sign-off-legend">An admin confirms</legend>
        <div className="field-row">
          <SignOffFields
            roles={['admin']}
            value={admin}
            onChange={setAdmin}
            userLabel="Admin"
            pinLabel="Admin PIN"
            userError={error('admin.userId')}
            pinError={error('admin.pin')}
          />
        </div>
      </fieldset>
      <FormAlert error={action.error} fields={FIELDS} />
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={action.pending}>
          Add user
        </button>
        <button type="button" className="button" onClick={props.onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
