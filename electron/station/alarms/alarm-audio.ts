// The room's alarm sound: what should be heard, and a nurse's bounded pause of it. Kept in memory on
// purpose: after a restart the sound is armed again, never silently still paused.
import type { AlarmAudioView } from '../../../shared/api/views';
import { PRIORITY_RANK, type AlarmPriority } from '../../../shared/domain/alarm-types';
import type { AlarmState } from './alarm-store';

export class AlarmAudio {
  private pause: { until: number; by: string } | null = null;

  pauseFor(minutes: number, by: string, now: number): void {
    this.pause = { until: now + minutes * 60_000, by };
  }

  resume(): void {
    this.pause = null;
  }

  /** A new HIGH alarm must be heard even during a pause. */
  breakPause(): void {
    this.pause = null;
  }

  view(active: AlarmState[], pauseMinutes: number, now: number): AlarmAudioView {
    if (this.pause && now >= this.pause.until) this.pause = null;
    let loudest: AlarmPriority | null = null;
    for (const a of active) {
      if (a.acknowledged) continue;
      if (loudest === null || PRIORITY_RANK[a.priority] > PRIORITY_RANK[loudest]) loudest = a.priority;
    }
    return {
      sounding: this.pause ? null : loudest,
      pausedUntil: this.pause ? new Date(this.pause.until).toISOString() : null,
      pausedBy: this.pause?.by ?? null,
      pauseMinutes,
    };
  }
}
