// Evaluates the alarm conditions of every open session (on each change and every second) and keeps
// the stored alarms in step: a new condition raises an alarm, a cleared one resolves it, a worse one
// raises an acknowledged alarm again.
import { randomUUID } from 'node:crypto';
import type { AlarmView } from '../../../shared/api/views';
import { alarmConditions, type DeviceHealth } from '../../../shared/domain/alarm-rules';
import { PRIORITY_RANK, type AlarmCondition } from '../../../shared/domain/alarm-types';
import { deriveSession } from '../../../shared/domain/observation';
import type { Clock } from '../clock';
import type { SessionRepository, StoredSession } from '../records/session-repository';
import { notAllowed, notFound } from '../station-error';
import { iso } from '../session-views';
import { AlarmAudio } from './alarm-audio';
import type { AlarmEventKind, AlarmState, AlarmStore } from './alarm-store';

export class AlarmMonitor {
  readonly audio = new AlarmAudio();

  constructor(
    private readonly repo: SessionRepository,
    private readonly store: AlarmStore,
    private readonly clock: Clock,
    /** The health of the monitors serving a chair, for technical alarms. */
    private readonly deviceHealth: (chairId: string) => DeviceHealth[] = () => [],
  ) {}

  /**
   * Brings every open session's alarms (and `alsoSessionId`'s, e.g. one that has just been closed)
   * in line with the conditions that hold now. Returns true when anything changed.
   */
  sync(alsoSessionId?: string): boolean {
    const now = this.clock.now();
    return this.repo.inTransaction(() => {
      const sessions = this.repo.activeSessions();
      if (alsoSessionId && !sessions.some((s) => s.record.id === alsoSessionId)) {
        const extra = this.repo.session(alsoSessionId);
        if (extra) sessions.push(extra);
      }
      let changed = false;
      for (const s of sessions) changed = this.syncSession(s, now) || changed;
      return changed;
    });
  }

  private syncSession(stored: StoredSession, now: number): boolean {
    const id = stored.record.id;
    const derived = deriveSession(stored.record, this.repo.entries(id), this.repo.closure(id), now);
    const health = this.deviceHealth(stored.record.chairId);
    const conditions = new Map(alarmConditions(stored.record, derived, stored.chairName, now, health).map((c) => [c.key, c]));
    const active = this.store.alarmsOf(id).filter((a) => a.resolvedAt === null);
    let changed = false;
    for (const alarm of active) {
      const condition = conditions.get(alarm.conditionKey);
      conditions.delete(alarm.conditionKey);
      if (!condition) {
        this.write(alarm, 'resolved', alarm, now, null);
        changed = true;
        continue;
      }
      const worse =
        PRIORITY_RANK[condition.priority] > PRIORITY_RANK[alarm.priority] ||
        (alarm.acknowledged !== null && condition.severity > alarm.acknowledged.severity);
      if (worse) {
        this.write(alarm, 're-raised', condition, now, null);
        if (condition.priority === 'high') this.audio.breakPause();
        changed = true;
      } else if (condition.priority !== alarm.priority || condition.message !== alarm.message || condition.severity !== alarm.severity) {
        this.write(alarm, 'changed', condition, now, null);
        changed = true;
      }
    }
    for (const condition of conditions.values()) {
      this.write({ alarmId: randomUUID(), sessionId: id, conditionKey: condition.key }, 'raised', condition, now, null);
      if (condition.priority === 'high') this.audio.breakPause();
      changed = true;
    }
    return changed;
  }

  acknowledge(alarmId: string, by: string): string {
    const now = this.clock.now();
    return this.repo.inTransaction(() => {
      const alarm = this.store.alarm(alarmId);
      if (!alarm) throw notFound('No such alarm');
      if (alarm.resolvedAt !== null) throw notAllowed('This alarm has already cleared');
      if (alarm.acknowledged) throw notAllowed(`This alarm was already acknowledged by ${alarm.acknowledged.by}`);
      this.write(alarm, 'acknowledged', alarm, now, by);
      return alarm.sessionId;
    });
  }

  /** One session's alarms that have not cleared. */
  activeFor(sessionId: string): AlarmState[] {
    return this.store.alarmsOf(sessionId).filter((a) => a.resolvedAt === null);
  }

  /** Active alarms of the open sessions, for the board and the sound. */
  active(): AlarmState[] {
    return this.repo.activeSessions().flatMap((s) => this.store.alarmsOf(s.record.id).filter((a) => a.resolvedAt === null));
  }

  views(alarms: AlarmState[], sessions: Map<string, StoredSession>): AlarmView[] {
    return alarms.map((a) => {
      const s = sessions.get(a.sessionId);
      return {
        alarmId: a.alarmId,
        sessionId: a.sessionId,
        chairId: s?.record.chairId ?? '',
        chairName: s?.chairName ?? '',
        patientName: s?.record.patient.name ?? '',
        condition: a.conditionKey,
        category: a.category,
        priority: a.priority,
        message: a.message,
        raisedAt: a.raisedAt,
        acknowledged: a.acknowledged ? { by: a.acknowledged.by, at: a.acknowledged.at } : null,
        resolvedAt: a.resolvedAt,
      };
    });
  }

  /** A session's alarms, active and resolved, newest first. */
  history(stored: StoredSession): AlarmView[] {
    const alarms = this.store.alarmsOf(stored.record.id).reverse();
    return this.views(alarms, new Map([[stored.record.id, stored]]));
  }

  private write(
    alarm: Pick<AlarmState, 'alarmId' | 'sessionId' | 'conditionKey'>,
    event: AlarmEventKind,
    what: Pick<AlarmCondition, 'priority' | 'message' | 'severity' | 'category'>,
    now: number,
    by: string | null,
  ): void {
    this.store.append({
      alarmId: alarm.alarmId,
      sessionId: alarm.sessionId,
      conditionKey: alarm.conditionKey,
      category: what.category,
      event,
      priority: what.priority,
      message: what.message,
      severity: what.severity,
      at: iso(now),
      by,
    });
  }
}
