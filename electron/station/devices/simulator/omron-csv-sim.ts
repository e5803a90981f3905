// A simulated Omron HBP-9020 / HBP-9030 (DEVICES.md §3): it measures on its own (its button, its
// schedule) and pushes one CSV line per measurement; the station never talks to it.
import { ascii } from '../protocols/bytes';
import { omron9020Line, omron9030Line } from '../protocols/omron-csv-encode';
import type { MonitorBehaviour, SimContext } from './sim-context';
import { describeEntry, GARBAGE_VALUES, isError } from './simulator-script';

export function omronCsvMonitor(ctx: SimContext): MonitorBehaviour {
  let measuring = false;

  function measure(origin: string): void {
    if (measuring) return ctx.say(`${origin}: already measuring.`);
    measuring = true;
    const entry = ctx.readings.take();
    ctx.say(`${origin}: measuring; the result will be ${describeEntry(entry)}.`);
    ctx.after(ctx.script.measurementMs, () => {
      measuring = false;
      // No documented error line: a failing cuff sends impossible values instead.
      const v = isError(entry) ? GARBAGE_VALUES : entry;
      const d = new Date(ctx.now());
      const two = (n: number) => String(n).padStart(2, '0');
      const values = {
        systolic: v.systolic,
        diastolic: v.diastolic,
        pulse: v.pulse ?? 0,
        map: v.map,
        date: `${d.getFullYear()}/${two(d.getMonth() + 1)}/${two(d.getDate())}`,
        time: `${two(d.getHours())}:${two(d.getMinutes())}`,
      };
      const line = ctx.script.omronModel === '9030' ? omron9030Line(values) : omron9020Line(values);
      ctx.say(`Sending: ${line.trim()}`);
      ctx.send(ascii(line));
    });
  }

  const { firstMeasurementMs, repeatEveryMs } = ctx.script;
  if (firstMeasurementMs !== null) ctx.after(firstMeasurementMs, () => measure('Scheduled measurement'));
  if (repeatEveryMs !== null) ctx.every(repeatEveryMs, () => measure('Scheduled measurement'));

  return {
    commands: [],
    frameBytes: new Set([0x0d, 0x0a, 0x2c /* , */, 0x62 /* b */]),
    onCommand() {},
    onLineOpen() {},
    measureOnDevice() {
      measure('Start pressed on the device');
    },
  };
}
