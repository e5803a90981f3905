// The alarm sounds, after the conventions of IEC 60601-1-8: HIGH a burst of 10 pulses (3 + 2, a
// longer pause, 3 + 2) repeated about every 10 s; MEDIUM 3 pulses about every 25 s; LOW one pulse.
// Each priority has its own pitch, so the room can tell them apart without looking.
import type { AlarmPriority } from '../../../shared/domain/alarm-types';

export interface Pulse {
  /** Seconds from the start of the burst. */
  at: number;
  /** Seconds. */
  duration: number;
  /** Fundamental frequency, Hz. */
  frequency: number;
}

export interface SoundPattern {
  pulses: Pulse[];
  /** Seconds from the start of one burst to the start of the next; null: played once. */
  repeatEvery: number | null;
  /** Peak gain, 0-1: the higher the priority, the louder. */
  level: number;
}

const HIGH_PULSE = 0.15;
/** Silence between pulses within a group. */
const HIGH_SPACE = 0.1;
/** Between the 3 and the 2: two spaces and a missing pulse, so the groups are heard as 3 + 2. */
const HIGH_GROUP_GAP = 2 * HIGH_SPACE + HIGH_PULSE;
/** Between the two halves of the burst. */
const HIGH_HALF_GAP = 0.5;

function highBurst(): Pulse[] {
  const pulses: Pulse[] = [];
  let t = 0;
  for (let half = 0; half < 2; half += 1) {
    for (const [group, frequency] of [
      [3, 880],
      [2, 988],
    ] as const) {
      for (let i = 0; i < group; i += 1) {
        pulses.push({ at: t, duration: HIGH_PULSE, frequency });
        t += HIGH_PULSE + HIGH_SPACE;
      }
      t += HIGH_GROUP_GAP - HIGH_SPACE;
    }
    t += HIGH_HALF_GAP - HIGH_GROUP_GAP;
  }
  return pulses;
}

function evenPulses(count: number, duration: number, space: number, frequency: number): Pulse[] {
  return Array.from({ length: count }, (_, i) => ({ at: i * (duration + space), duration, frequency }));
}

export const SOUND_PATTERNS: Record<AlarmPriority, SoundPattern> = {
  high: { pulses: highBurst(), repeatEvery: 10, level: 0.32 },
  medium: { pulses: evenPulses(3, 0.2, 0.15, 660), repeatEvery: 25, level: 0.24 },
  low: { pulses: evenPulses(1, 0.25, 0, 523), repeatEvery: null, level: 0.18 },
};
