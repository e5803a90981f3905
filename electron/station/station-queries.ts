// Read-only requests: the chair board, one session, history, protocols.
import type { BoardView, DeviceView, HistoryRow, ProtocolSummary, SessionView } from '../../shared/api/views';
import type { Protocol } from '../../shared/domain/protocols';
import type { AlarmMonitor } from './alarms/alarm-monitor';
import { PRIORITY_RANK } from '../../shared/domain/alarm-types';
import type { Clock } from './clock';
import type { SessionRepository } from './records/session-repository';
import type { SettingsStore } from './settings/settings-store';
import { notFound } from './station-error';
import { iso, sessionView, summarize } from './session-views';

export class StationQueries {
  constructor(
    private readonly repo: SessionRepository,
    private readonly clock: Clock,
    private readonly settings: SettingsStore,
    private readonly testClock: boolean,
    private readonly alarms: AlarmMonitor,
    private readonly devices: { monitorFor(chairId: string): DeviceView | null },
  ) {}

  board(): BoardView {
    const now = this.clock.now();
    const active = this.repo.activeSessions();
    const alarms = this.alarms.active();
    const settings = this.settings.read();
    const roomAlarms = this.alarms
      .views(alarms, new Map(active.map((s) => [s.record.id, s])))
      .sort((a, b) => PRIORITY_RANK[b.priority] - PRIORITY_RANK[a.priority] || a.raisedAt.localeCompare(b.raisedAt));
    return {
      now: iso(now),
      testClock: this.testClock,
      chairs: settings.chairs.map((chair) => {
        const stored = active.find((s) => s.record.chairId === chair.id);
        const monitor = this.devices.monitorFor(chair.id);
        if (!stored) return { chairId: chair.id, chairName: chair.name, session: null, monitor };
        const priorities = alarms.filter((a) => a.sessionId === stored.record.id).map((a) => a.priority);
        return {
          chairId: chair.id,
          chairName: chair.name,
          session: summarize(stored, this.repo.entries(stored.record.id), null, now, priorities).summary,
          monitor,
        };
      }),
      alarms: roomAlarms,
      audio: this.alarms.audio.view(alarms, settings.alarmPauseMinutes, now),
    };
  }

  session(sessionId: string): SessionView {
    const stored = this.repo.session(sessionId);
    if (!stored) throw notFound('No such session');
    return sessionView(stored, this.repo.entries(sessionId), this.repo.closure(sessionId), this.clock.now(), this.alarms.history(stored));
  }

  history(limit: number, patientClinicId?: string): HistoryRow[] {
    return this.repo.history(limit, patientClinicId).map((s) => ({
      sessionId: s.record.id,
      chairName: s.chairName,
      patient: s.record.patient,
      protocolName: s.record.protocol.name,
      checkedInAt: s.record.checkedInAt,
      closure: s.closure,
    }));
  }
}

export function protocolSummary(p: Protocol): ProtocolSummary {
  return {
    id: p.id,
    name: p.name,
    drug: p.drug,
    doseKind: p.dose.kind,
    route: p.dose.kind === 'ketamine' ? p.dose.route : 'intranasal',
    minimumObservationMin: p.minimumObservationMin,
    requiresTransportConfirmation: p.requiresTransportConfirmation,
  };
}
