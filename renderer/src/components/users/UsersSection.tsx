// Settings → Users: who may act at this station, with their role and whether wrong PINs have locked
// them for now, and the form an admin uses to add someone. Only the core decides who may add.
import { useState } from 'react';
import { ROLE_LABELS } from '../../../../shared/domain/users';
import { focusWhenPresent } from '../../focus';
import { useFlash } from '../../hooks/useFlash';
import { useUsers } from '../../hooks/useUsers';
import { SavedNote } from '../SavedNote';
import { AddUserForm } from './AddUserForm';

const ADD_BUTTON_ID = 'add-user';

export function UsersSection() {
  const { status, error, update } = useUsers();
  const [adding, setAdding] = useState(false);
  const [note, setNote] = useState('');
  const [noteVisible, flashNote] = useFlash(4000);

  function close(message: string | null) {
    if (message) {
      setNote(message);
      flashNote();
    }
    setAdding(false);
    focusWhenPresent([ADD_BUTTON_ID]);
  }

  return (
    <section className="users" aria-labelledby="users-title">
      <div className="users-head">
        <h3 id="users-title" className="users-title">
          Users
        </h3>
        <SavedNote visible={noteVisible} text={note} />
        {!adding && (
          <button type="button" id={ADD_BUTTON_ID} className="button button--primary" onClick={() => setAdding(true)} disabled={!status}>
            Add user
          </button>
        )}
      </div>
      <p className="muted">Nurses record; clinicians also sign discharges off; admins add users. Each person signs with their own PIN.</p>
      {error && (
        <p role="alert" className="form-alert">
          {error}
        </p>
      )}
      {status && (
        <ul className="user-list" aria-label="Users">
          {status.users.map((u) => (
            <li key={u.userId} className={`user-row${u.locked ? ' user-row--locked' : ''}`}>
              <span className="user-row-name">{u.name}</span>
              <span className={`user-role user-role--${u.role}`}>{ROLE_LABELS[u.role]}</span>
              {u.locked && <span className="user-locked">Locked after wrong PINs</span>}
            </li>
          ))}
        </ul>
      )}
      {adding && (
        <AddUserForm
          onAdded={(view, name, role) => {
            update(view);
            close(`Added ${name} as ${ROLE_LABELS[role].toLowerCase()}`);
          }}
          onCancel={() => close(null)}
        />
      )}
    </section>
  );
}
