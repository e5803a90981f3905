// The station's people for tests that need a signed action: an admin made at setup, and a clinician
// and a nurse the admin adds, through the core's own requests.
import type { StationCore } from '../../electron/station/station-core';
import { call } from './station';

export interface TestUser {
  userId: string;
  name: string;
  pin: string;
}

export interface TestUsers {
  admin: TestUser;
  clinician: TestUser;
  nurse: TestUser;
  /** A clinician's sign-off, as `session.discharge` takes it. */
  clinicianSignOff: { userId: string; pin: string };
}

const ADMIN = { name: 'Ada Admin', pin: '9999' };
const CLINICIAN = { name: 'Dr Clare Lin', pin: '2468' };
const NURSE = { name: 'Nora Nurse', pin: '1357' };

export function setUpUsers(core: StationCore): TestUsers {
  const idOf = (status: { users: Array<{ userId: string; name: string }> }, name: string) => {
    const user = status.users.find((u) => u.name === name);
    if (!user) throw new Error(`${name} is not among the station's users`);
    return user.userId;
  };
  const admin = { ...ADMIN, userId: idOf(call(core, 'users.setUp', ADMIN), ADMIN.name) };
  const asAdmin = { userId: admin.userId, pin: admin.pin };
  const clinician = { ...CLINICIAN, userId: idOf(call(core, 'users.add', { ...CLINICIAN, role: 'clinician', admin: asAdmin }), CLINICIAN.name) };
  const nurse = { ...NURSE, userId: idOf(call(core, 'users.add', { ...NURSE, role: 'nurse', admin: asAdmin }), NURSE.name) };
  return { admin, clinician, nurse, clinicianSignOff: { userId: clinician.userId, pin: clinician.pin } };
}
