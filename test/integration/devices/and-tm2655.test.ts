// A&D TM-2655 over a real pseudo-terminal pair. Its reply frames are the encoder's synthetic ones
// (no public capture exists), so these tests check the station's side of the conversation.
import { afterEach, describe, expect, it } from 'vitest';
import { AND_COMMANDS } from '../../../electron/station/devices/protocols/and-tm2655-encode';
import { startRig, unplugAndReplug, type Rig } from '../../support/device-rig';

const FIRST = { systolic: 128, diastolic: 82, map: 97, pulse: 75 };
const SECOND = { systolic: 141, diastolic: 88, map: 106, pulse: 69 };

let rig: Rig | null = null;
afterEach(async () => {
  await rig?.dispose();
  rig = null;
});

/** "SP" is acknowledged: once that acknowledgment is decoded, everything sent before it has been. */
async function barrier(r: Rig): Promise<void> {
  const from = r.log.mark();
  r.connection.write(AND_COMMANDS.stop);
  await r.log.waitFor('status', { from, where: (e) => e.status === 'ack' });
}

describe('A&D TM-2655 over a serial line', () => {
  it('measure now: acknowledged, then the result arrives by itself, exactly once', async () => {
    rig = await startRig({
      protocol: 'and-tm2655',
      script: { readings: [FIRST], measurementMs: 400, noise: { garbageBytes: 5, chunkBytes: 3, seed: 11 } },
    });
    await rig.log.waitFor('connected');
    expect(rig.connection.measureNow()).toBe(true);
    const reading = await rig.log.waitFor('reading');
    expect(reading).toMatchObject(FIRST);
    expect(reading.deviceTime).toMatch(/^\d{10}$/);
    expect(rig.log.of('status').map((e) => e.status)).toEqual(['ack']);
    await barrier(rig);
    expect(rig.log.of('reading')).toHaveLength(1);
  });

  it("a device error code becomes a failed measurement in the device's words", async () => {
    rig = await startRig({ protocol: 'and-tm2655', script: { readings: [{ error: 'E44' }], measurementMs: 200 } });
    await rig.log.waitFor('connected');
    rig.connection.measureNow();
    expect(await rig.log.waitFor('failed')).toMatchObject({ code: 'E44', message: 'patient moved' });
    await barrier(rig);
    expect(rig.log.of('reading')).toHaveLength(0);
  });

  it('unplug -> disconnected; replug -> connected by itself; the next measurement arrives once', async () => {
    rig = await startRig({ protocol: 'and-tm2655', script: { readings: [FIRST, SECOND], measurementMs: 200 } });
    await rig.log.waitFor('connected');
    rig.connection.measureNow();
    await rig.log.waitFor('reading');

    const from = await unplugAndReplug(rig);
    await rig.monitor.lineOpened();
    expect(rig.connection.measureNow()).toBe(true);
    expect(await rig.log.waitFor('reading', { from })).toMatchObject(SECOND);
    await barrier(rig);
    expect(rig.log.of('reading').map((e) => e.systolic)).toEqual([FIRST.systolic, SECOND.systolic]);
  });
});
