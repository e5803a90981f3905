// A simulated SunTech Advantage module (DEVICES.md §1): 'O' on start, the cuff pressure rising then
// falling when asked during the measurement, 'K' when done, the 24-byte result when asked for it.
import { PROTOCOLS } from '../protocols/index';
import { encodeSuntechCuff, encodeSuntechResult, encodeSuntechStatus, SUNTECH_REPLY_START } from '../protocols/suntech-encode';
import type { MonitorBehaviour, SimContext } from './sim-context';
import { describeEntry, isError, type ScriptEntry } from './simulator-script';

const commands = PROTOCOLS.suntech.commands;

/** The share of the measurement spent inflating; the rest is the slow deflation that measures. */
const INFLATE_SHARE = 0.3;
const END_PRESSURE = 30;

export function suntechMonitor(ctx: SimContext): MonitorBehaviour {
  let measuring: { startedAt: number; entry: ScriptEntry; cancel: () => void } | null = null;
  let lastResult: Uint8Array | null = null;

  function pressureNow(): number {
    if (!measuring) return 0;
    const duration = Math.max(1, ctx.script.measurementMs);
    const t = Math.min(1, (ctx.now() - measuring.startedAt) / duration);
    const peak = ctx.script.peakCuffMmHg;
    if (t < INFLATE_SHARE) return Math.round((peak * t) / INFLATE_SHARE);
    return Math.round(peak - ((peak - END_PRESSURE) * (t - INFLATE_SHARE)) / (1 - INFLATE_SHARE));
  }

  function resultFrame(entry: ScriptEntry): Uint8Array {
    if (isError(entry)) {
      // The code byte holds the number as DEVICES.md writes it (87 = cuff loose).
      return encodeSuntechResult({ systolic: 0, diastolic: 0, map: 0, pulse: 0, errorCode: Number.parseInt(entry.error, 10) || 90 });
    }
    return encodeSuntechResult({ systolic: entry.systolic, diastolic: entry.diastolic, map: entry.map ?? 0, pulse: entry.pulse ?? 0 });
  }

  function start(): void {
    if (measuring) {
      ctx.say('Asked to start while measuring: answering busy (B).');
      ctx.reply(encodeSuntechStatus('busy'));
      return;
    }
    const entry = ctx.readings.take();
    ctx.say(`Start received: answering O and inflating; the result will be ${describeEntry(entry)}.`);
    ctx.reply(encodeSuntechStatus('received'));
    const cancel = ctx.after(ctx.script.replyDelayMs + ctx.script.measurementMs, () => {
      measuring = null;
      lastResult = resultFrame(entry);
      ctx.say('Measurement done: sending K.');
      ctx.send(encodeSuntechStatus('complete'));
    });
    measuring = { startedAt: ctx.now() + ctx.script.replyDelayMs, entry, cancel };
  }

  return {
    commands: [
      { name: 'start', bytes: commands.start! },
      { name: 'cuff', bytes: commands.cuffPressure! },
      { name: 'result', bytes: commands.requestResult! },
      { name: 'abort', bytes: commands.abort! },
    ],
    frameBytes: new Set([SUNTECH_REPLY_START]),
    onCommand(name) {
      if (name === 'start') start();
      else if (name === 'cuff') ctx.reply(encodeSuntechCuff(Math.max(0, pressureNow())));
      else if (name === 'result') {
        if (measuring) {
          ctx.say('Asked for the result while measuring: answering busy (B).');
          ctx.reply(encodeSuntechStatus('busy'));
        } else {
          ctx.say(lastResult ? 'Asked for the result: sending it.' : 'Asked for the result before any measurement: sending an empty one.');
          ctx.reply(lastResult ?? encodeSuntechResult({ systolic: 0, diastolic: 0, map: 0, pulse: 0 }));
        }
      } else if (name === 'abort') {
        measuring?.cancel();
        measuring = null;
        ctx.say('Abort received: deflating and answering A.');
        ctx.reply(encodeSuntechStatus('aborted'));
      }
    },
    onLineOpen() {},
    measureOnDevice() {
      ctx.say('The SunTech module measures only when the station asks; nothing to do.');
    },
  };
}
