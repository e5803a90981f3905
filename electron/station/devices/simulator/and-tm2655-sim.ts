// A simulated A&D TM-2655 (DEVICES.md §2): acknowledges every command; after "ST" it measures and
// sends the data frame by itself; "RB" sends the last one again; "SP" stops a measurement.
// The acknowledgment and data frames are the encoder's synthetic ones (no public capture exists).
import { AND, AND_COMMANDS, andAckFrame, andDataFrame } from '../protocols/and-tm2655-encode';
import type { MonitorBehaviour, SimContext } from './sim-context';
import { describeEntry, isError, type ScriptEntry } from './simulator-script';

/** yymmddhhmm, the device clock's field 1. */
function deviceTime(ms: number): string {
  const d = new Date(ms);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(d.getFullYear() % 100)}${two(d.getMonth() + 1)}${two(d.getDate())}${two(d.getHours())}${two(d.getMinutes())}`;
}

export function andTm2655Monitor(ctx: SimContext): MonitorBehaviour {
  let cancelMeasurement: (() => void) | null = null;
  let lastFrame: Uint8Array | null = null;

  function frameFor(entry: ScriptEntry): Uint8Array {
    const time = deviceTime(ctx.now());
    if (isError(entry)) return andDataFrame({ deviceTime: time, errorCode: entry.error, systolic: null, map: null, diastolic: null, pulse: null });
    return andDataFrame({ deviceTime: time, systolic: entry.systolic, map: entry.map ?? null, diastolic: entry.diastolic, pulse: entry.pulse ?? null });
  }

  function measure(origin: string): void {
    if (cancelMeasurement) {
      ctx.say(`${origin}: already measuring.`);
      return;
    }
    const entry = ctx.readings.take();
    ctx.say(`${origin}: measuring; the result will be ${describeEntry(entry)}.`);
    cancelMeasurement = ctx.after(ctx.script.replyDelayMs + ctx.script.measurementMs, () => {
      cancelMeasurement = null;
      lastFrame = frameFor(entry);
      ctx.say('Measurement done: sending the data frame.');
      ctx.send(lastFrame);
    });
  }

  return {
    commands: [
      { name: 'start', bytes: AND_COMMANDS.start },
      { name: 'stop', bytes: AND_COMMANDS.stop },
      { name: 'read', bytes: AND_COMMANDS.readResult },
    ],
    frameBytes: new Set([AND.SYN, AND.SOH, AND.STX, AND.ETX, AND.ACK, AND.RS]),
    onCommand(name) {
      ctx.reply(andAckFrame());
      if (name === 'start') measure('ST received, acknowledged');
      else if (name === 'stop') {
        cancelMeasurement?.();
        cancelMeasurement = null;
        ctx.say('SP received: acknowledged, measurement stopped.');
      } else if (name === 'read') {
        ctx.say(lastFrame ? 'RB received: sending the last result again.' : 'RB received: no result yet.');
        if (lastFrame) ctx.reply(lastFrame);
      }
    },
    onLineOpen() {},
    measureOnDevice() {
      measure('Start pressed on the device');
    },
  };
}
