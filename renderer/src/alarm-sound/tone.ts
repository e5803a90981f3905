// One pulse of alarm tone: a fundamental with four harmonics (a pure sine is hard to locate in a
// room) under a short rise and fall, so pulses start and stop without clicks.
import type { Pulse } from './patterns';

/** Relative amplitudes of the fundamental and harmonics 2-5. */
const HARMONICS = [1, 0.55, 0.4, 0.3, 0.22];
const RAMP = 0.015;

const waves = new WeakMap<BaseAudioContext, PeriodicWave>();

function alarmWave(context: BaseAudioContext): PeriodicWave {
  let wave = waves.get(context);
  if (!wave) {
    const real = new Float32Array(HARMONICS.length + 1);
    const imag = new Float32Array([0, ...HARMONICS]);
    wave = context.createPeriodicWave(real, imag);
    waves.set(context, wave);
  }
  return wave;
}

/** Schedules one pulse starting `start` (context time) into `out`; returns its oscillator. */
export function schedulePulse(context: BaseAudioContext, out: AudioNode, pulse: Pulse, start: number, level: number): OscillatorNode {
  const osc = context.createOscillator();
  osc.setPeriodicWave(alarmWave(context));
  osc.frequency.value = pulse.frequency;
  const envelope = context.createGain();
  const end = start + pulse.duration;
  envelope.gain.setValueAtTime(0, start);
  envelope.gain.linearRampToValueAtTime(level, start + RAMP);
  envelope.gain.setValueAtTime(level, end - RAMP);
  envelope.gain.linearRampToValueAtTime(0, end);
  osc.connect(envelope).connect(out);
  osc.start(start);
  osc.stop(end + 0.01);
  osc.onended = () => envelope.disconnect();
  return osc;
}
