// Builds session records for rule tests without a database: times are minutes after 10:00.
import { BUILT_IN_PROTOCOLS, type Protocol } from '../../shared/domain/protocols';
import type { Entry, EntryBody, SessionRecord } from '../../shared/domain/records';

export const T0 = Date.parse('2026-03-02T10:00:00.000Z');
export const at = (minutes: number) => T0 + minutes * 60_000;
export const isoAt = (minutes: number) => new Date(at(minutes)).toISOString();

export function protocol(id: string): Protocol {
  const p = BUILT_IN_PROTOCOLS.find((x) => x.id === id);
  if (!p) throw new Error(`no protocol ${id}`);
  return p;
}

export function session(protocolId: string): SessionRecord {
  return {
    id: '7d3c1f1e-8b3a-4c53-9d0e-5b2f5f0f4a11',
    chairId: 'chair-1',
    patient: { clinicId: 'P-100', name: 'J. D.', birthDate: null },
    protocol: protocol(protocolId),
    checkedInAt: isoAt(-30),
    checkedInBy: 'Nurse A',
  };
}

export class EntryLog {
  readonly entries: Entry[] = [];
  add(minutes: number, body: EntryBody): number {
    const id = this.entries.length + 1;
    this.entries.push({ id, sessionId: 's', at: isoAt(minutes), recordedAt: isoAt(minutes), by: 'Nurse A', body });
    return id;
  }
  check(minutes: number, values: Partial<Extract<EntryBody, { kind: 'observation' }>>): number {
    return this.add(minutes, { kind: 'observation', bp: null, spo2: null, moaas: null, dissociation: null, ...values });
  }
  fullCheck(minutes: number, systolic = 120, diastolic = 80): number {
    return this.check(minutes, {
      bp: { systolic, diastolic, pulse: 70 },
      spo2: 98,
      moaas: 5,
      dissociation: { global: 'none' },
    });
  }
}
