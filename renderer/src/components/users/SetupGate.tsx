// Shows the setup screen instead of the station until the core says it has been set up, and shares
// the users list with everything inside. If the list cannot be loaded the station is shown anyway:
// a screen that failed to load users must never hide the board and its alarms.
import type { ReactNode } from 'react';
import { useUsersStatus, UsersContext } from '../../hooks/useUsers';
import { ConnectionBanner } from '../ConnectionBanner';
import { SetupScreen } from './SetupScreen';

export function SetupGate(props: { children: ReactNode }) {
  const users = useUsersStatus();
  const { status, error } = users;
  let screen: ReactNode;
  if (status === null && error === null) {
    screen = (
      <div className="app">
        <ConnectionBanner />
        <div className="board-loading">
          <p>Connecting to the station…</p>
        </div>
      </div>
    );
  } else if (status && !status.setUp) {
    screen = (
      <div className="app">
        <ConnectionBanner />
        <SetupScreen onSetUp={users.update} />
      </div>
    );
  } else {
    screen = props.children;
  }
  return <UsersContext.Provider value={users}>{screen}</UsersContext.Provider>;
}
