// Omron HBP-9020 / HBP-9030 over a real pseudo-terminal pair: the monitor pushes a CSV line per
// measurement; the station never writes to it.
import { afterEach, describe, expect, it } from 'vitest';
import { startRig, unplugAndReplug, type Rig } from '../../support/device-rig';

const FIRST = { systolic: 138, diastolic: 86, map: 103, pulse: 70 };
const SECOND = { systolic: 124, diastolic: 77, map: 93, pulse: 64 };
const THIRD = { systolic: 117, diastolic: 73, map: 88, pulse: 61 };

let rig: Rig | null = null;
afterEach(async () => {
  await rig?.dispose();
  rig = null;
});

describe('Omron CSV over a serial line', () => {
  it('a pushed line becomes exactly one reading; the next push is the next reading', async () => {
    rig = await startRig({
      protocol: 'omron-csv',
      script: { readings: [FIRST, SECOND], measurementMs: 100, noise: { garbageBytes: 6, chunkBytes: 7, seed: 5 } },
    });
    await rig.log.waitFor('connected');
    expect(rig.connection.measureNow()).toBe(false); // it cannot be told to measure
    await rig.monitor.lineOpened();
    rig.monitor.measureOnDevice();
    const reading = await rig.log.waitFor('reading');
    expect(reading).toMatchObject(FIRST);
    expect(reading.deviceTime).toMatch(/^\d{4}\/\d\d\/\d\d \d\d:\d\d$/);
    rig.monitor.measureOnDevice();
    await rig.log.waitFor('reading', { where: (e) => e.systolic === SECOND.systolic });
    expect(rig.log.of('reading').map((e) => e.systolic)).toEqual([FIRST.systolic, SECOND.systolic]);
    expect(rig.connection.stats().bytesSent).toBe(0);
  });

  it('reads the HBP-9030 layout too', async () => {
    rig = await startRig({ protocol: 'omron-csv', script: { readings: [FIRST], measurementMs: 50, omronModel: '9030' } });
    await rig.log.waitFor('connected');
    await rig.monitor.lineOpened();
    rig.monitor.measureOnDevice();
    expect(await rig.log.waitFor('reading')).toMatchObject({ systolic: FIRST.systolic, diastolic: FIRST.diastolic, pulse: FIRST.pulse, map: null });
  });

  it('a failing cuff (impossible values) is a failed measurement, never a reading', async () => {
    rig = await startRig({ protocol: 'omron-csv', script: { readings: [{ error: 'cuff' }, FIRST], measurementMs: 50 } });
    await rig.log.waitFor('connected');
    await rig.monitor.lineOpened();
    rig.monitor.measureOnDevice();
    const failed = await rig.log.waitFor('failed');
    expect(failed.code).toBe('implausible');
    expect(failed.message).toContain('2047/238');
    rig.monitor.measureOnDevice();
    await rig.log.waitFor('reading');
    expect(rig.log.of('reading').map((e) => e.systolic)).toEqual([FIRST.systolic]);
  });

  it('unplug -> disconnected; replug -> connected by itself; the next push arrives once', async () => {
    rig = await startRig({ protocol: 'omron-csv', script: { readings: [FIRST, SECOND, THIRD], measurementMs: 50 } });
    await rig.log.waitFor('connected');
    await rig.monitor.lineOpened();
    rig.monitor.measureOnDevice();
    await rig.log.waitFor('reading');

    const from = await unplugAndReplug(rig);
    await rig.monitor.lineOpened();
    rig.monitor.measureOnDevice();
    await rig.log.waitFor('reading', { from });
    rig.monitor.measureOnDevice();
    await rig.log.waitFor('reading', { from, where: (e) => e.systolic === THIRD.systolic });
    expect(rig.log.of('reading').map((e) => e.systolic)).toEqual([FIRST.systolic, SECOND.systolic, THIRD.systolic]);
  });
});
