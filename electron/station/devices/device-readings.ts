// Stores a monitor's reading on the session of the chair it was taken for, as a check labelled with
// the device. The same measurement is stored once, however often the monitor sends it.
import type { IncomingReading } from './device-manager';
import { BloodPressureSchema, Spo2Schema } from '../../../shared/domain/vitals';
import type { SessionCommands } from '../session-commands';
import type { SessionRepository } from '../records/session-repository';

export type StoredReading = { stored: true; sessionId: string } | { stored: false; why: string };

export function storeDeviceReading(repo: SessionRepository, commands: SessionCommands, r: IncomingReading): StoredReading {
  const session = repo.activeSessions().find((s) => s.record.chairId === r.chairId);
  const values = `${r.systolic}/${r.diastolic}`;
  if (!session) return { stored: false, why: `Reading ${values} not stored: the chair has no patient` };
  const sessionId = session.record.id;
  if (r.sessionId !== null && r.sessionId !== sessionId) {
    return { stored: false, why: `Reading ${values} not stored: the patient in the chair changed during the measurement` };
  }
  const already = repo
    .entries(sessionId)
    .some((e) => e.body.kind === 'observation' && e.body.source?.measurementKey === r.measurementKey);
  if (already) return { stored: true, sessionId };
  // The parsers already refuse impossible values; the station checks again at its own boundary.
  const bp = BloodPressureSchema.safeParse({ systolic: r.systolic, diastolic: r.diastolic, ...(r.pulse !== null ? { pulse: r.pulse } : {}) });
  if (!bp.success) return { stored: false, why: `Reading ${values} not stored: ${bp.error.issues[0]?.message ?? 'not a possible value'}` };
  const spo2 = r.spo2 !== null && Spo2Schema.safeParse(r.spo2).success ? r.spo2 : null;
  commands.recordDeviceObservation(sessionId, r.device.name, {
    bp: bp.data,
    spo2,
    source: { deviceId: r.device.id, deviceName: r.device.name, measurementKey: r.measurementKey, deviceTime: r.deviceTime },
  });
  return { stored: true, sessionId };
}
