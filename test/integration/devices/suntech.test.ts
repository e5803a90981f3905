// SunTech Advantage over a real pseudo-terminal pair: the station's connection on one end, the
// simulated module on the other.
import { afterEach, describe, expect, it } from 'vitest';
import type { ListedPort } from '../../../electron/station/devices/serial-port-types';
import { startRig, type Rig } from '../../support/device-rig';
import { startSocatPair } from '../../support/socat-pair';

const FIRST = { systolic: 121, diastolic: 79, map: 93, pulse: 71 };
const SECOND = { systolic: 133, diastolic: 84, map: 100, pulse: 66 };

let rig: Rig | null = null;
afterEach(async () => {
  await rig?.dispose();
  rig = null;
});

/** Everything the monitor sent before a cuff-pressure answer has been decoded once that answer is in. */
async function barrier(r: Rig): Promise<void> {
  const from = r.log.mark();
  r.connection.write(new Uint8Array([0x3a, 0x79, 0x05, 0x00, 0x48]));
  await r.log.waitFor('cuff', { from });
}

describe('SunTech Advantage over a serial line', () => {
  it('measure now: rising cuff pressure while inflating, then exactly one reading with the values sent', async () => {
    rig = await startRig({
      protocol: 'suntech',
      script: { readings: [FIRST], measurementMs: 1600, noise: { garbageBytes: 3, chunkBytes: 4, seed: 3 } },
    });
    await rig.log.waitFor('connected');
    expect(rig.connection.measureNow()).toBe(true);
    const reading = await rig.log.waitFor('reading');
    expect(reading).toMatchObject({ ...FIRST, deviceTime: null });

    const statuses = rig.log.of('status').map((e) => e.status);
    expect(statuses).toEqual(['received', 'complete']);
    const cuff = rig.log.of('cuff').map((e) => e.pressure);
    // Inflation is the first stretch of the measurement: the pressures climb before they fall.
    const peakAt = cuff.indexOf(Math.max(...cuff));
    expect(peakAt).toBeGreaterThanOrEqual(2);
    for (let i = 1; i <= peakAt; i++) expect(cuff[i]).toBeGreaterThan(cuff[i - 1]);
    expect(cuff[peakAt]).toBeGreaterThan(100);

    await barrier(rig);
    expect(rig.log.of('reading')).toHaveLength(1);
    expect(rig.log.of('failed')).toHaveLength(0);
    expect(rig.connection.measuring).toBe(false);
  });

  it("a device error code becomes a failed measurement in the device's words, never a reading", async () => {
    rig = await startRig({ protocol: 'suntech', script: { readings: [{ error: '87' }], measurementMs: 300 } });
    await rig.log.waitFor('connected');
    rig.connection.measureNow();
    const failed = await rig.log.waitFor('failed');
    expect(failed).toMatchObject({ code: '87', message: 'cuff loose or leaking' });
    await barrier(rig);
    expect(rig.log.of('reading')).toHaveLength(0);
  });

  it('unplug -> disconnected; replug -> connected by itself; the next measurement arrives once', async () => {
    rig = await startRig({ protocol: 'suntech', script: { readings: [FIRST, SECOND], measurementMs: 300 } });
    await rig.log.waitFor('connected');
    rig.connection.measureNow();
    await rig.log.waitFor('reading');

    const beforeUnplug = rig.log.mark();
    await rig.pair.kill();
    const lost = await rig.log.waitFor('disconnected', { from: beforeUnplug });
    expect(lost.path).toBe(rig.pair.b);
    expect(typeof lost.since).toBe('number');
    expect(rig.connection.measureNow()).toBe(false); // nothing to send it to

    await rig.pair.restart();
    const back = await rig.log.waitFor('connected', { from: beforeUnplug });
    expect(back).toMatchObject({ path: rig.pair.b, movedFrom: null });
    await rig.monitor.lineOpened();
    // Nothing came in by itself across the reconnect.
    expect(rig.log.of('reading', beforeUnplug)).toHaveLength(0);

    expect(rig.connection.measureNow()).toBe(true);
    const second = await rig.log.waitFor('reading', { from: beforeUnplug });
    expect(second).toMatchObject(SECOND);
    await barrier(rig);
    expect(rig.log.of('reading').map((e) => e.systolic)).toEqual([FIRST.systolic, SECOND.systolic]);
    expect(rig.log.of('disconnected')).toHaveLength(1);
  });

  it('finds the monitor on its new port by USB identity when the old path is gone', async () => {
    const usb = { vendorId: '0403', productId: '6001', serialNumber: 'SIM-7' };
    let listed: Array<{ path: string }> = [];
    rig = await startRig({
      protocol: 'suntech',
      script: { readings: [FIRST, SECOND], measurementMs: 200 },
      usb,
      deps: {
        listPorts: async (): Promise<ListedPort[]> => [
          { path: '/dev/ttyS0', vendorId: null, productId: null, serialNumber: null, manufacturer: null, source: 'system' },
          ...listed.map((p) => ({ path: p.path, ...usb, manufacturer: 'FTDI', source: 'system' as const })),
        ],
      },
    });
    await rig.log.waitFor('connected');
    const oldPath = rig.pair.b;

    // The adapter comes back under another name: a second pty pair, found only through the listing.
    const other = await startSocatPair();
    try {
      const from = rig.log.mark();
      await rig.pair.kill();
      await rig.log.waitFor('disconnected', { from });
      await rig.restartMonitor(undefined, other.a);
      listed = [{ path: other.b }];
      const moved = await rig.log.waitFor('connected', { from });
      expect(moved).toMatchObject({ path: other.b, movedFrom: oldPath });
      expect(rig.connection.path).toBe(other.b);
      rig.connection.measureNow();
      expect(await rig.log.waitFor('reading', { from })).toMatchObject(FIRST);
    } finally {
      await rig.dispose();
      rig = null;
      await other.dispose();
    }
  });

  it('close() stops everything: no more events, measureNow refused', async () => {
    rig = await startRig({ protocol: 'suntech', script: { readings: [FIRST], measurementMs: 2000 } });
    await rig.log.waitFor('connected');
    rig.connection.measureNow();
    await rig.log.waitFor('status');
    await rig.connection.close();
    const after = rig.log.mark();
    expect(rig.connection.measureNow()).toBe(false);
    expect(rig.connection.write(new Uint8Array([0x3a]))).toBe(false);
    await rig.pair.kill(); // an unplug after close is not reported
    expect(rig.log.events.length).toBe(after);
  });
});
