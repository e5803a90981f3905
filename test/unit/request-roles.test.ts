// Every request that names who sends it is checked against that person's role: a request with `by`
// missing from the roles table would record a sign-in token as a name and skip the check.
import { describe, expect, it } from 'vitest';
import { REQUESTS, type RequestName } from '../../shared/api/contract';
import { REQUEST_ROLES } from '../../electron/station/users/request-roles';

function hasBy(name: RequestName): boolean {
  const shape = (REQUESTS[name].input as unknown as { shape?: Record<string, unknown> }).shape;
  if (!shape) throw new Error(`${name}: input is not an object schema`);
  return 'by' in shape;
}

describe('who may send which request', () => {
  const names = Object.keys(REQUESTS) as RequestName[];

  it('lists a role for every request that carries `by`, and only those', () => {
    const withBy = names.filter(hasBy).sort();
    expect(Object.keys(REQUEST_ROLES).sort()).toEqual(withBy);
  });

  it('keeps settings, protocols, BP monitors and the audit check to admins', () => {
    for (const name of ['settings.update', 'settings.import', 'protocols.save', 'protocols.setRetired', 'devices.save', 'devices.remove', 'audit.verify'] as const) {
      expect(REQUEST_ROLES[name], name).toEqual(['admin']);
    }
  });

  it('asks for a sign-in before history, reports and exports leave the station', () => {
    for (const name of ['history.list', 'rems.formsDue', 'reports.chairTime', 'export.sessionCsv', 'export.sessionFhir'] as const) {
      expect(hasBy(name), name).toBe(true);
    }
  });
});
