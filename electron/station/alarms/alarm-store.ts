// Every alarm's life (raised, changed, raised again, acknowledged, resolved) as append-only rows.
// An alarm's current state is the fold of its rows, so a restart restores it exactly.
import type { AlarmCategory, AlarmPriority } from '../../../shared/domain/alarm-types';
import type { Db } from '../db/open-database';

export type AlarmEventKind = 'raised' | 'changed' | 're-raised' | 'acknowledged' | 'resolved';

export interface AlarmEvent {
  alarmId: string;
  sessionId: string;
  conditionKey: string;
  category: AlarmCategory;
  event: AlarmEventKind;
  priority: AlarmPriority;
  message: string;
  severity: number;
  at: string;
  by: string | null;
}

export interface AlarmState {
  alarmId: string;
  sessionId: string;
  conditionKey: string;
  category: AlarmCategory;
  priority: AlarmPriority;
  message: string;
  severity: number;
  raisedAt: string;
  acknowledged: { by: string; at: string; severity: number } | null;
  resolvedAt: string | null;
}

interface Row {
  alarm_id: string;
  session_id: string;
  condition_key: string;
  category: AlarmCategory;
  event: AlarmEventKind;
  priority: AlarmPriority;
  message: string;
  severity: number;
  at: string;
  by: string | null;
}

export class AlarmStore {
  private readonly insert;
  private readonly bySession;
  private readonly byAlarm;

  constructor(db: Db) {
    this.insert = db.prepare(
      `INSERT INTO alarm_events (alarm_id, session_id, condition_key, category, event, priority, message, severity, at, by)
       VALUES (@alarmId, @sessionId, @conditionKey, @category, @event, @priority, @message, @severity, @at, @by)`,
    );
    this.bySession = db.prepare<[string], Row>('SELECT * FROM alarm_events WHERE session_id = ? ORDER BY id');
    this.byAlarm = db.prepare<[string], Row>('SELECT * FROM alarm_events WHERE alarm_id = ? ORDER BY id');
  }

  append(e: AlarmEvent): void {
    this.insert.run(e);
  }

  /** Every alarm of a session, oldest first. */
  alarmsOf(sessionId: string): AlarmState[] {
    return foldAlarmEvents(this.bySession.all(sessionId).map(toEvent));
  }

  alarm(alarmId: string): AlarmState | null {
    return foldAlarmEvents(this.byAlarm.all(alarmId).map(toEvent))[0] ?? null;
  }
}

function toEvent(r: Row): AlarmEvent {
  return {
    alarmId: r.alarm_id,
    sessionId: r.session_id,
    conditionKey: r.condition_key,
    category: r.category,
    event: r.event,
    priority: r.priority,
    message: r.message,
    severity: r.severity,
    at: r.at,
    by: r.by,
  };
}

export function foldAlarmEvents(events: AlarmEvent[]): AlarmState[] {
  const alarms = new Map<string, AlarmState>();
  for (const e of events) {
    const a = alarms.get(e.alarmId);
    if (e.event === 'raised' || !a) {
      alarms.set(e.alarmId, {
        alarmId: e.alarmId,
        sessionId: e.sessionId,
        conditionKey: e.conditionKey,
        category: e.category,
        priority: e.priority,
        message: e.message,
        severity: e.severity,
        raisedAt: e.at,
        acknowledged: null,
        resolvedAt: null,
      });
      continue;
    }
    if (e.event === 'changed' || e.event === 're-raised') {
      a.priority = e.priority;
      a.message = e.message;
      a.severity = e.severity;
      if (e.event === 're-raised') {
        a.acknowledged = null;
        a.raisedAt = e.at;
      }
    } else if (e.event === 'acknowledged') {
      a.acknowledged = { by: e.by ?? 'unknown', at: e.at, severity: e.severity };
    } else if (e.event === 'resolved') {
      a.resolvedAt = e.at;
    }
  }
  return [...alarms.values()];
}
