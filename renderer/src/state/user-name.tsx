// The person at the station. Every request that changes a record carries this name as `by`.
// Kept in localStorage so a reload or restart keeps it; a different nurse simply types over it.
import { createContext, useCallback, useContext, useState, type ReactNode } from 'react';

const STORAGE_KEY = 'observation-station.user-name';

interface UserNameValue {
  name: string;
  setName: (name: string) => void;
}

const UserNameContext = createContext<UserNameValue | null>(null);

function readStored(): string {
  try {
    return window.localStorage.getItem(STORAGE_KEY) ?? '';
  } catch {
    return '';
  }
}

export function UserNameProvider(props: { children: ReactNode }) {
  const [name, setNameState] = useState(readStored);
  const setName = useCallback((next: string) => {
    setNameState(next);
    try {
      window.localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Storage unavailable (private window): the name still holds for this page.
    }
  }, []);
  return <UserNameContext.Provider value={{ name, setName }}>{props.children}</UserNameContext.Provider>;
}

export function useUserName(): UserNameValue {
  const value = useContext(UserNameContext);
  if (!value) throw new Error('UserNameProvider is missing');
  return value;
}

export const USER_NAME_INPUT_ID = 'station-user-name';
