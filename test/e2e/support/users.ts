// The people of every end-to-end station: set up through the API right after the first start, as
// a clinic's admin would on the setup screen and in Settings → Users.
import { rememberPin, stationRequest } from './station-api';

export interface E2eUser {
  userId: string;
  name: string;
  pin: string;
}

export interface E2eUsers {
  admin: E2eUser;
  clinician: E2eUser;
  nurse: E2eUser;
}

export const ADMIN = { name: 'Ada Admin', pin: '9999' };
export const CLINICIAN = { name: 'Dr Clare Lin', pin: '2468' };
export const NURSE = { name: 'Nora Nurse', pin: '1357' };

interface UsersStatus {
  setUp: boolean;
  users: Array<{ userId: string; name: string; role: string; locked: boolean }>;
}

function idOf(status: UsersStatus, name: string): string {
  const user = status.users.find((u) => u.name === name);
  if (!user) throw new Error(`${name} is not among the station's users`);
  return user.userId;
}

for (const person of [ADMIN, CLINICIAN, NURSE]) rememberPin(person.name, person.pin);

export async function setUpUsers(url: string): Promise<E2eUsers> {
  const afterSetUp = (await stationRequest(url, 'users.setUp', ADMIN)) as UsersStatus;
  const admin = { ...ADMIN, userId: idOf(afterSetUp, ADMIN.name) };
  const asAdmin = { userId: admin.userId, pin: admin.pin };
  const withClinician = (await stationRequest(url, 'users.add', { ...CLINICIAN, role: 'clinician', admin: asAdmin })) as UsersStatus;
  const withNurse = (await stationRequest(url, 'users.add', { ...NURSE, role: 'nurse', admin: asAdmin })) as UsersStatus;
  return {
    admin,
    clinician: { ...CLINICIAN, userId: idOf(withClinician, CLINICIAN.name) },
    nurse: { ...NURSE, userId: idOf(withNurse, NURSE.name) },
  };
}
