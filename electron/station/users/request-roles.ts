// Who may send which request. The core checks this for every request, whichever screen or transport
// it came from; a button the screen hides is not a check. Requests signed with a PIN in their own
// input (a discharge, a baseline acknowledgment, adding a user) are checked by the directory instead.
import type { RequestName } from '../../../shared/api/contract';
import type { UserRole } from '../../../shared/domain/users';

const STAFF: readonly UserRole[] = ['nurse', 'clinician', 'admin'];
const ADMIN: readonly UserRole[] = ['admin'];

/** The roles that may send each request that carries `by`; requests without `by` need no sign-in. */
export const REQUEST_ROLES: Partial<Record<RequestName, readonly UserRole[]>> = {
  'settings.setRemsModule': ADMIN,
  'settings.update': ADMIN,
  'settings.import': ADMIN,
  'settings.setChairCount': ADMIN,
  'protocols.save': ADMIN,
  'protocols.setRetired': ADMIN,
  'devices.save': ADMIN,
  'devices.remove': ADMIN,
  'session.checkIn': STAFF,
  'session.confirmPreDose': STAFF,
  'session.recordObservation': STAFF,
  'session.recordDevice': STAFF,
  'session.recordKetamineDose': STAFF,
  'session.recordInfusionEnd': STAFF,
  'session.markEnteredInError': STAFF,
  'session.cancel': STAFF,
  'session.recordRecoveryScore': STAFF,
  'session.recordRemsFacts': STAFF,
  'session.markRemsSubmitted': STAFF,
  'session.addAddendum': STAFF,
  'alarms.acknowledge': STAFF,
  'alarms.pauseAudio': STAFF,
  'alarms.resumeAudio': STAFF,
  'devices.measureNow': STAFF,
  // Records beyond the board: a locked screen shows the chairs, not the clinic's history.
  'history.list': STAFF,
  'rems.formsDue': STAFF,
  'reports.chairTime': STAFF,
  'export.sessionCsv': STAFF,
  'export.sessionFhir': STAFF,
  'audit.verify': ADMIN,
};

const ROLE_WORDS: Record<UserRole, string> = { nurse: 'nurses', clinician: 'clinicians', admin: 'admins' };

export function rolesAllowedText(roles: readonly UserRole[]): string {
  return roles.map((r) => ROLE_WORDS[r]).join(' and ');
}
