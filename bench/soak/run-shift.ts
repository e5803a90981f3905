// Runs the scripted shift (soak/shift-plan.ts) against a station, minute by simulated minute, through
// the same requests a nurse's screen sends. `advanceOneMinute` moves the station clock (and, for an
// in-process core, runs its heartbeat); `afterHour` is called after every full simulated hour.
import { BENCH_ADMIN, BENCH_NURSE, type BenchPeople } from '../support/bench-people';
import type { StationRequests } from '../support/station-requests';
import { actionsAt, type PlannedAction, type ShiftShape } from './shift-plan';

const BY = BENCH_NURSE;
const ADMIN_BY = BENCH_ADMIN;
const PROTOCOL_ID = 'spravato-56';

export interface ShiftCounts {
  checkIns: number;
  readings: number;
  alarmsAcknowledged: number;
  discharges: number;
}

export interface ShiftHooks {
  advanceOneMinute(): Promise<void>;
  afterHour(hour: number): Promise<void>;
}

export async function runShift(station: StationRequests, people: BenchPeople, shape: ShiftShape, hooks: ShiftHooks): Promise<ShiftCounts> {
  await station.request('settings.setChairCount', { count: shape.chairs, by: ADMIN_BY });
  const chairs = (await station.request('settings.get', {})).chairs;
  const sessionOfChair = new Map<number, string>();
  const counts: ShiftCounts = { checkIns: 0, readings: 0, alarmsAcknowledged: 0, discharges: 0 };

  async function perform({ chairIndex, action }: PlannedAction): Promise<void> {
    const sessionId = sessionOfChair.get(chairIndex) ?? '';
    switch (action.kind) {
      case 'check-in': {
        const view = await station.request('session.checkIn', {
          chairId: chairs[chairIndex].id,
          patient: { clinicId: action.clinicId, name: `Patient ${action.clinicId}`, birthDate: '1975-06-01' },
          protocolId: PROTOCOL_ID,
          by: BY,
        });
        sessionOfChair.set(chairIndex, view.sessionId);
        await station.request('session.confirmPreDose', { sessionId: view.sessionId, transportHome: true, fasting: true, nasalPreparation: true, by: BY });
        await station.request('session.recordObservation', {
          sessionId: view.sessionId,
          bp: { systolic: 128, diastolic: 82, pulse: 72 },
          spo2: 98,
          moaas: 5,
          dissociation: { global: 'none' },
          by: BY,
        });
        counts.checkIns++;
        return;
      }
      case 'device':
        await station.request('session.recordDevice', { sessionId, lot: action.lot, by: BY });
        return;
      case 'reading':
        await station.request('session.recordObservation', { sessionId, ...action.reading, by: BY });
        counts.readings++;
        return;
      case 'acknowledge-alarms': {
        const board = await station.request('board.get', {});
        for (const alarm of board.alarms.filter((a) => a.sessionId === sessionId && a.acknowledged === null)) {
          await station.request('alarms.acknowledge', { alarmId: alarm.alarmId, by: BY });
          counts.alarmsAcknowledged++;
        }
        return;
      }
      case 'discharge':
        await station.request('session.discharge', { sessionId, signOff: people.clinicianSignOff, note: 'Left with a relative' });
        sessionOfChair.delete(chairIndex);
        counts.discharges++;
        return;
    }
  }

  for (let minute = 0; minute < shape.hours * 60; minute++) {
    for (const planned of actionsAt(shape, minute)) await perform(planned);
    await hooks.advanceOneMinute();
    if ((minute + 1) % 60 === 0) await hooks.afterHour((minute + 1) / 60);
  }
  return counts;
}
