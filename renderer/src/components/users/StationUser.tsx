// Who is signed in at this screen, in the header: their name and role, "Switch user" and "Lock"; or
// a "Sign in" button, with the reason the last sign-in ended.
import { useState } from 'react';
import { ROLE_LABELS } from '../../../../shared/domain/users';
import { useSignIn } from '../../state/sign-in';
import { SignInDialog } from './SignInDialog';

export function StationUser() {
  const { signedIn, endedBecause, signOut } = useSignIn();
  const [signingIn, setSigningIn] = useState(false);
  const dialog = signingIn && <SignInDialog onClose={() => setSigningIn(false)} />;

  if (!signedIn) {
    return (
      <div className="station-user station-user--out">
        {endedBecause && (
          <span className="station-user-note" role="status">
            {endedBecause}
          </span>
        )}
        <button type="button" className="button button--primary" onClick={() => setSigningIn(true)}>
          Sign in
        </button>
        {dialog}
      </div>
    );
  }
  return (
    <div className="station-user" aria-label="Signed in">
      <span className="station-user-name">
        {signedIn.user.name} <span className="station-user-role">{ROLE_LABELS[signedIn.user.role]}</span>
      </span>
      <button
        type="button"
        className="button"
        onClick={() => {
          signOut();
          setSigningIn(true);
        }}
      >
        Switch user
      </button>
      <button type="button" className="button" onClick={() => signOut('Locked. Timers and alarms go on.')}>
        Lock
      </button>
      {dialog}
    </div>
  );
}
