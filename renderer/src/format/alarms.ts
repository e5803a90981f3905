// Words for alarm priorities and the parts of an alarm the screen shows. Priority is always said in
// words as well as colour.
import type { AlarmView } from '../../../shared/api/views';
import type { AlarmPriority } from '../../../shared/domain/alarm-types';

export const PRIORITY_WORDS: Record<AlarmPriority, string> = {
  high: 'HIGH',
  medium: 'MEDIUM',
  low: 'LOW',
};

/** The badge on a chair tile. */
export const TILE_ALARM_BADGES: Record<AlarmPriority, string> = {
  high: 'HIGH ALARM',
  medium: 'MEDIUM ALARM',
  low: 'LOW ALARM',
};

/** "Chair 2 · K. L.": the chair and patient, as the core's messages begin. */
export function alarmSubject(alarm: AlarmView): string {
  return `${alarm.chairName} · ${alarm.patientName}`;
}

/** The core's message names the chair and patient first ("Chair 2 · K. L.: BP 185/112 …"). Split
 *  there, the chair and patient can be a link and the rest follows as written (": BP 185/112 …");
 *  a message that does not start that way follows whole. */
export function alarmMessageParts(alarm: AlarmView): { subject: string; rest: string } {
  const subject = alarmSubject(alarm);
  const rest = alarm.message.startsWith(`${subject}: `) ? alarm.message.slice(subject.length) : ` — ${alarm.message}`;
  return { subject, rest };
}

/** What went wrong, without the chair and patient (for a view that already names them). */
export function alarmDetail(alarm: AlarmView): string {
  const prefix = `${alarmSubject(alarm)}: `;
  return alarm.message.startsWith(prefix) ? alarm.message.slice(prefix.length) : alarm.message;
}

/** The accessible name of an alarm's Acknowledge button: which alarm, on which chair. */
export function acknowledgeLabel(alarm: AlarmView): string {
  const names = alarm.message.includes(alarm.chairName) ? '' : `${alarm.chairName}: `;
  return `Acknowledge ${PRIORITY_WORDS[alarm.priority]} alarm — ${names}${alarm.message}`;
}
