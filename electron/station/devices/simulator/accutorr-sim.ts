// A simulated Accutorr PC interface (DEVICES.md §4): a banner and '>' when it powers up, and an
// answer to every 'P' with its current values, including the last blood pressure and its age.
// It measures on its own (button or schedule); the station only polls.
import { ACCUTORR_POLL, accutorrBanner, accutorrReply } from '../protocols/accutorr-encode';
import { ascii } from '../protocols/bytes';
import type { MonitorBehaviour, SimContext } from './sim-context';
import { describeEntry, GARBAGE_VALUES, isError, type ScriptValues } from './simulator-script';

export function accutorrMonitor(ctx: SimContext): MonitorBehaviour {
  let measuring = false;
  let last: { values: ScriptValues; at: number } | null = null;

  function measure(origin: string): void {
    if (measuring) return ctx.say(`${origin}: already measuring.`);
    measuring = true;
    const entry = ctx.readings.take();
    ctx.say(`${origin}: measuring; the result will be ${describeEntry(entry)}.`);
    ctx.after(ctx.script.measurementMs, () => {
      measuring = false;
      // No documented error field: a failing cuff leaves impossible values instead.
      last = { values: isError(entry) ? GARBAGE_VALUES : entry, at: ctx.now() };
      ctx.say('Measurement done: the next poll gets it.');
    });
  }

  function answer(): Uint8Array {
    const v = last?.values;
    return ascii(
      accutorrReply({
        spo2: v?.spo2 ?? null,
        pulse: v?.pulse ?? null,
        systolic: v?.systolic ?? null,
        map: v?.map ?? null,
        diastolic: v?.diastolic ?? null,
        minutes: last ? Math.floor((ctx.now() - last.at) / 60_000) : null,
      }),
    );
  }

  const { firstMeasurementMs, repeatEveryMs } = ctx.script;
  if (firstMeasurementMs !== null) ctx.after(firstMeasurementMs, () => measure('Scheduled measurement'));
  if (repeatEveryMs !== null) ctx.every(repeatEveryMs, () => measure('Scheduled measurement'));

  return {
    commands: [{ name: 'poll', bytes: ACCUTORR_POLL }],
    frameBytes: new Set([0x0d, 0x0a, 0x50 /* P */, 0x3a /* : */, 0x2c /* , */, 0x3e /* > */]),
    onCommand() {
      ctx.say(last ? 'P received: answering with the last result.' : 'P received: answering, no blood pressure yet.');
      ctx.reply(answer());
    },
    onLineOpen() {
      ctx.say('Line up: printing the banner and the > prompt.');
      ctx.send(ascii(accutorrBanner()));
    },
    measureOnDevice() {
      measure('Start pressed on the device');
    },
  };
}
