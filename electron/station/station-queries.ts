// Read-only requests: the chair board, one session, history, protocols.
import type { BoardView, HistoryRow, ProtocolSummary, SessionView } from '../../shared/api/views';
import type { Protocol } from '../../shared/domain/protocols';
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
  ) {}

  board(): BoardView {
    const now = this.clock.now();
    const active = this.repo.activeSessions();
    return {
      now: iso(now),
      testClock: this.testClock,
      chairs: this.settings.read().chairs.map((chair) => {
        const stored = active.find((s) => s.record.chairId === chair.id);
        return {
          chairId: chair.id,
          chairName: chair.name,
          session: stored ? summarize(stored, this.repo.entries(stored.record.id), null, now).summary : null,
        };
      }),
    };
  }

  session(sessionId: string): SessionView {
    const stored = this.repo.session(sessionId);
    if (!stored) throw notFound('No such session');
    return sessionView(stored, this.repo.entries(sessionId), this.repo.closure(sessionId), this.clock.now());
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
