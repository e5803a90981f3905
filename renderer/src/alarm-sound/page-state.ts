// The page says what it is doing with alarm sound, for people inspecting the kiosk and for tests:
//   <html data-alarm-sound="high|medium|low|paused|off|blocked" data-alarm-bursts="12">
// alarmBursts counts the bursts that actually started playing since the page loaded.
import type { AlarmPriority } from '../../../shared/domain/alarm-types';

export type AlarmSoundState = AlarmPriority | 'paused' | 'off' | 'blocked';

export function showSoundState(state: AlarmSoundState): void {
  document.documentElement.dataset.alarmSound = state;
}

export function countBurst(): void {
  const root = document.documentElement;
  root.dataset.alarmBursts = String(Number(root.dataset.alarmBursts ?? '0') + 1);
}

export function resetBurstCount(): void {
  document.documentElement.dataset.alarmBursts ??= '0';
}
