// A person confirming an action: they pick their name (only users whose role may do it are offered)
// and type their PIN. Offering only those names is a convenience; the core checks the PIN and the
// role and answers with the message shown here.
import { useEffect, type Dispatch, type SetStateAction } from 'react';
import { ROLE_LABELS, type UserRole } from '../../../../shared/domain/users';
import type { StationApiError } from '../../api/station-api-error';
import { useUsers } from '../../hooks/useUsers';
import { SelectField } from '../SelectField';
import { PinField } from './PinField';

export interface SignOff {
  userId: string;
  pin: string;
}

export const EMPTY_SIGN_OFF: SignOff = { userId: '', pin: '' };

/** Empties the PIN when the core refused the sign-off itself (wrong PIN, locked, wrong role), so a
 *  refused PIN never stays in the form; a refusal about another field keeps it, to be sent again
 *  once that field is put right. `field` is the input's name for the sign-off ("signOff", "admin"; "" for the
 *  sign-in itself, whose fields are at the top). */
export function useForgetRefusedPin(error: StationApiError | null, field: string, setValue: Dispatch<SetStateAction<SignOff>>): void {
  useEffect(() => {
    const prefix = field === '' ? '' : `${field}.`;
    if (error?.issues.some((i) => i.path === `${prefix}pin` || i.path === `${prefix}userId`)) setValue((v) => ({ ...v, pin: '' }));
  }, [error, field, setValue]);
}

export function SignOffFields(props: {
  roles: readonly UserRole[];
  value: SignOff;
  onChange: (value: SignOff) => void;
  /** The label of the name list; by default the role ("Clinician"). */
  userLabel?: string;
  pinLabel?: string;
  userError?: string | undefined;
  pinError?: string | undefined;
  disabled?: boolean;
}) {
  const { status, error, refresh } = useUsers();
  const { value, onChange, roles } = props;
  // Lock states and users added at another screen may have changed since the list was fetched.
  useEffect(refresh, [refresh]);

  const people = (status?.users ?? []).filter((u) => roles.includes(u.role));
  const roleNames = roles.map((r) => ROLE_LABELS[r].toLowerCase()).join(' or ');
  const userLabel = props.userLabel ?? roles.map((r) => ROLE_LABELS[r]).join(' or ');

  if (status && people.length === 0) {
    return (
      <p className="sign-off-empty" role="note">
        No {roleNames} can sign here yet: an admin adds users under Settings → Users.
      </p>
    );
  }
  // The two fields go into the caller's row, beside its own fields.
  return (
    <>
      <SelectField
        label={userLabel}
        value={value.userId}
        placeholder={status ? 'Choose your name' : error ? 'Users could not be loaded' : 'Loading…'}
        options={people.map((u) => ({ value: u.userId, label: u.locked ? `${u.name} (locked)` : u.name }))}
        onChange={(userId) => onChange({ ...value, userId })}
        size="m"
        error={props.userError}
        disabled={props.disabled}
      />
      <PinField label={props.pinLabel ?? 'PIN'} value={value.pin} onChange={(pin) => onChange({ ...value, pin })} error={props.pinError} disabled={props.disabled} />
    </>
  );
}
