// Read-only requests: the chair board, one session, history, the REMS forms due, protocols.
import type { BoardView, DeviceView, FormDueRow, HistoryRow, ProtocolSummary, SessionView, StationNotice } from '../../shared/api/views';
import type { ParsedInput } from '../../shared/api/contract';
import { deriveSession } from '../../shared/domain/observation';
import { remsApplies } from '../../shared/domain/protocols';
import { REMS_FORM_DAYS } from '../../shared/domain/rems';
import { daysLeft } from './rems/rems-view';
import { localMidnight } from './local-dates';
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
    private readonly notices: { list(): StationNotice[] },
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
      notices: this.notices.list(),
    };
  }

  session(sessionId: string): SessionView {
    const stored = this.repo.session(sessionId);
    if (!stored) throw notFound('No such session');
    return sessionView(
      stored,
      this.repo.entries(sessionId),
      this.repo.closure(sessionId),
      this.clock.now(),
      this.alarms.history(stored),
      this.settings.read().remsModule,
    );
  }

  history(q: ParsedInput<'history.list'>): HistoryRow[] {
    return this.repo
      .history({
        patientClinicId: q.patientClinicId,
        patientName: q.patientName,
        checkedInFrom: q.from === undefined ? undefined : iso(localMidnight(q.from)),
        checkedInBefore: q.to === undefined ? undefined : iso(localMidnight(q.to, 1)),
        protocolId: q.protocolId,
        limit: q.limit ?? 100,
      })
      .map((s) => ({
        sessionId: s.record.id,
        chairName: s.chairName,
        patient: s.record.patient,
        protocolId: s.record.protocol.id,
        protocolName: s.record.protocol.name,
        checkedInAt: s.record.checkedInAt,
        closure: s.closure,
      }));
  }

  /** Discharged Spravato sessions whose REMS form is still to be sent, nearest deadline first. */
  formsDue(): FormDueRow[] {
    if (!this.settings.read().remsModule) return [];
    const now = this.clock.now();
    return this.repo
      .remsFormsOutstanding()
      .filter((s) => remsApplies(s.record.protocol))
      .map((s) => {
        const entries = this.repo.entries(s.record.id);
        const d = deriveSession(s.record, entries, s.closure, now);
        const dueAt = Date.parse(s.closure.at) + REMS_FORM_DAYS * 86_400_000;
        const missing: string[] = [];
        if (!d.remsFacts) missing.push('REMS facts (first treatment, enrolment, medicines, monitoring professional)');
        return {
          sessionId: s.record.id,
          patient: s.record.patient,
          protocolName: s.record.protocol.name,
          dischargedAt: s.closure.at,
          dueAt: iso(dueAt),
          daysLeft: daysLeft(dueAt, now),
          overdue: now > dueAt,
          missing,
        };
      })
      .sort((a, b) => a.dueAt.localeCompare(b.dueAt));
  }
}

export function protocolSummary(p: Protocol): ProtocolSummary {
  return {
    id: p.id,
    version: p.version ?? 1,
    name: p.name,
    drug: p.drug,
    doseKind: p.dose.kind,
    route: p.dose.kind === 'ketamine' ? p.dose.route : 'intranasal',
    minimumObservationMin: p.minimumObservationMin,
    requiresTransportConfirmation: p.requiresTransportConfirmation,
  };
}
