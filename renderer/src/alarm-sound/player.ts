// Plays the alarm sounds through Web Audio: a priority's burst now and then on its repeat interval,
// or a single burst once. Stops at once when told. A browser may hold an AudioContext 'suspended'
// until someone touches the page; bursts due meanwhile are played as soon as it runs.
import type { AlarmPriority } from '../../../shared/domain/alarm-types';
import { SOUND_PATTERNS } from './patterns';
import { schedulePulse } from './tone';
import { alarmVolumeFactor } from './volume';

export type ContextState = 'none' | 'suspended' | 'running' | 'closed';

export interface PlayerEvents {
  /** The audio context's state changed (created, allowed to run, held back). */
  onState(state: ContextState): void;
  /** A burst has started playing. */
  onBurst(priority: AlarmPriority): void;
}

interface Burst {
  out: GainNode;
  sources: OscillatorNode[];
}

/** How far ahead of "now" a burst is scheduled, so its first pulse is never cut. */
const LEAD_IN = 0.02;
/** How quickly a stopped burst fades out (seconds), to stop without a click. */
const FADE = 0.01;

export class AlarmSoundPlayer {
  private context: AudioContext | null = null;
  private repeating: { priority: AlarmPriority; timer: ReturnType<typeof setTimeout> | null; missed: boolean } | null = null;
  private pendingOnce: AlarmPriority | null = null;
  private readonly inFlight = new Set<Burst>();
  /** The station's alarm volume setting, percent; it applies from the next burst. */
  private volumePercent = 100;

  constructor(private readonly events: PlayerEvents) {}

  setVolume(percent: number): void {
    this.volumePercent = percent;
  }

  state(): ContextState {
    return this.context ? (this.context.state as ContextState) : 'none';
  }

  /** Plays `priority`'s burst now and again on its interval. Nothing changes if it already does. */
  repeat(priority: AlarmPriority): void {
    if (this.repeating?.priority === priority) return;
    this.stop();
    this.repeating = { priority, timer: null, missed: false };
    this.tick();
  }

  /** Plays `priority`'s burst once; if the browser holds sound back, once it is allowed. */
  once(priority: AlarmPriority): void {
    if (!this.burst(priority)) this.pendingOnce = priority;
  }

  /** Silence now: the burst in progress fades out within milliseconds, nothing more is scheduled. */
  stop(): void {
    if (this.repeating?.timer) clearTimeout(this.repeating.timer);
    this.repeating = null;
    this.pendingOnce = null;
    const context = this.context;
    if (!context) return;
    const now = context.currentTime;
    for (const burst of this.inFlight) {
      burst.out.gain.cancelScheduledValues(now);
      burst.out.gain.setValueAtTime(burst.out.gain.value, now);
      burst.out.gain.linearRampToValueAtTime(0, now + FADE);
      for (const source of burst.sources) {
        try {
          source.stop(now + FADE * 2);
        } catch {
          // Already stopped.
        }
      }
    }
    this.inFlight.clear();
  }

  /** Asks the browser to let sound play; call from a user's click or key press. */
  resume(): void {
    if (this.context?.state === 'suspended') void this.context.resume().catch(() => undefined);
  }

  dispose(): void {
    this.stop();
    const context = this.context;
    this.context = null;
    if (context) {
      context.onstatechange = null;
      void context.close().catch(() => undefined);
    }
  }

  private tick(): void {
    const r = this.repeating;
    if (!r) return;
    r.missed = !this.burst(r.priority);
    const every = SOUND_PATTERNS[r.priority].repeatEvery;
    if (every !== null) r.timer = setTimeout(() => this.tick(), every * 1000);
  }

  /** Schedules one burst; false when the context cannot play now. */
  private burst(priority: AlarmPriority): boolean {
    const context = this.ensureContext();
    if (!context || context.state !== 'running') return false;
    const pattern = SOUND_PATTERNS[priority];
    const out = context.createGain();
    out.connect(context.destination);
    const start = context.currentTime + LEAD_IN;
    const level = pattern.level * alarmVolumeFactor(priority, this.volumePercent);
    const sources = pattern.pulses.map((p) => schedulePulse(context, out, p, start + p.at, level));
    const burst: Burst = { out, sources };
    this.inFlight.add(burst);
    const last = sources[sources.length - 1];
    if (last) {
      last.addEventListener('ended', () => {
        this.inFlight.delete(burst);
        out.disconnect();
      });
    }
    this.events.onBurst(priority);
    return true;
  }

  private ensureContext(): AudioContext | null {
    if (this.context) return this.context;
    if (typeof AudioContext === 'undefined') return null;
    const context = new AudioContext({ latencyHint: 'interactive' });
    this.context = context;
    context.onstatechange = () => {
      if (this.context !== context) return;
      this.events.onState(context.state as ContextState);
      if (context.state === 'running') this.catchUp();
    };
    this.events.onState(context.state as ContextState);
    return context;
  }

  /** The context was allowed to run: play what was held back. */
  private catchUp(): void {
    const r = this.repeating;
    if (r?.missed) {
      if (r.timer) clearTimeout(r.timer);
      this.tick();
    }
    const once = this.pendingOnce;
    this.pendingOnce = null;
    if (once) this.once(once);
  }
}
