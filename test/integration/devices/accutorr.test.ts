// Accutorr PC interface over a real pseudo-terminal pair: the station polls with 'P'; the monitor
// answers with its last blood pressure every time, which must be reported once.
import { afterEach, describe, expect, it } from 'vitest';
import { startRig, unplugAndReplug, type Rig, type RigOptions } from '../../support/device-rig';

const FIRST = { systolic: 126, diastolic: 81, map: 96, pulse: 73, spo2: 97 };
const SECOND = { systolic: 119, diastolic: 75, map: 90, pulse: 68, spo2: 98 };
/** Poll quickly so a test sees many polls in a second; the protocol's own interval is 5 s. */
const FAST: RigOptions['driver'] = { pollIntervalMs: 150, silenceTimeoutMs: 1200 };

let rig: Rig | null = null;
afterEach(async () => {
  await rig?.dispose();
  rig = null;
});

/** Two more answered polls: the repeated result has been seen (and not reported again). */
async function barrier(r: Rig): Promise<void> {
  const from = r.log.mark();
  const unchanged = (e: { status: string }) => e.status === 'unchanged';
  await r.log.waitFor('status', { from, where: unchanged });
  await r.log.waitFor('status', { from: r.log.mark(), where: unchanged });
}

describe('Accutorr over a serial line', () => {
  it('polls: no blood pressure yet, then exactly one reading although every poll repeats it', async () => {
    rig = await startRig({
      protocol: 'accutorr',
      driver: FAST,
      script: { readings: [FIRST], measurementMs: 100, noise: { garbageBytes: 4, chunkBytes: 6, seed: 9 } },
    });
    await rig.log.waitFor('connected');
    await rig.log.waitFor('status', { where: (e) => e.status === 'no-result' });
    rig.monitor.measureOnDevice();
    const reading = await rig.log.waitFor('reading');
    expect(reading).toMatchObject({ ...FIRST, ageMinutes: 0 });
    await barrier(rig);
    expect(rig.log.of('reading')).toHaveLength(1);
  });

  it('a failing cuff (impossible values) is a failed measurement, never a reading', async () => {
    rig = await startRig({ protocol: 'accutorr', driver: FAST, script: { readings: [{ error: 'cuff' }], measurementMs: 50 } });
    await rig.log.waitFor('connected');
    rig.monitor.measureOnDevice();
    const failed = await rig.log.waitFor('failed');
    expect(failed).toMatchObject({ code: 'implausible' });
    expect(failed.message).toContain('2047/238');
    await barrier(rig);
    expect(rig.log.of('reading')).toHaveLength(0);
  });

  it('unplug -> disconnected; replug -> connected; the stored result is not reported again, the next one once', async () => {
    rig = await startRig({ protocol: 'accutorr', driver: FAST, script: { readings: [FIRST, SECOND], measurementMs: 50 } });
    await rig.log.waitFor('connected');
    rig.monitor.measureOnDevice();
    await rig.log.waitFor('reading');

    const from = await unplugAndReplug(rig);
    await barrier(rig); // polls answered with the result from before the unplug
    expect(rig.log.of('reading', from)).toHaveLength(0);
    rig.monitor.measureOnDevice();
    expect(await rig.log.waitFor('reading', { from })).toMatchObject(SECOND);
    await barrier(rig);
    expect(rig.log.of('reading').map((e) => e.systolic)).toEqual([FIRST.systolic, SECOND.systolic]);
  });

  it('a monitor that stops answering polls is treated as gone, and as connected again once it answers', async () => {
    rig = await startRig({ protocol: 'accutorr', driver: FAST, script: { readings: [FIRST], measurementMs: 50 } });
    await rig.log.waitFor('connected');
    await rig.log.waitFor('status', { where: (e) => e.status === 'no-result' });
    const from = rig.log.mark();
    await rig.monitor.stop(); // the line stays, the monitor goes quiet
    const lost = await rig.log.waitFor('disconnected', { from });
    expect(lost.reason).toMatch(/no answer/);
    await rig.restartMonitor();
    await rig.log.waitFor('connected', { from });
    await rig.log.waitFor('status', { from, where: (e) => e.status === 'no-result' });
  });
});
