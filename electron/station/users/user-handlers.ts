// The users requests of the contract, answered by the directory. Input is already validated by the
// router; every rule about who may do what lives in the directory.
import type { Handlers } from '../request-router';
import type { UserDirectory } from './user-directory';

export function userHandlers(users: UserDirectory): Pick<Handlers, 'users.status' | 'users.setUp' | 'users.add'> {
  return {
    'users.status': () => users.status(),
    'users.setUp': ({ name, pin }) => {
      users.setUp(name, pin);
      return users.status();
    },
    'users.add': ({ name, role, pin, admin }) => {
      users.add({ name, role, pin }, admin);
      return users.status();
    },
  };
}
