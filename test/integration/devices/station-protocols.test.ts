// Each protocol end to end through the station core over a real serial line: the reading lands on
// the session of the chair the monitor serves, once, labelled with the monitor; a monitor that can be
// told to measure also starts a scheduled BP check by itself.
import { afterEach, describe, expect, it } from 'vitest';
import type { DeviceProtocolName } from '../../../shared/domain/devices';
import { AdjustableClock } from '../../../electron/station/clock';
import { SimulatedMonitor } from '../../../electron/station/devices/simulator/simulated-monitor';
import type { StationCore } from '../../../electron/station/station-core';
import { startSocatPair, type SocatPair } from '../../support/socat-pair';
import { untilMonitor } from '../../support/monitor-wait';
import { call, NURSE, openTestStation, readySpravatoPatient, tempDataDir, ADMIN } from '../../support/station';

const cleanups: Array<() => Promise<void> | void> = [];

afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function station(protocol: DeviceProtocolName, script: unknown, measureScheduledChecks = false) {
  const data = tempDataDir();
  cleanups.push(() => data.remove());
  const pair: SocatPair = await startSocatPair();
  cleanups.push(() => pair.dispose());
  const monitor = await SimulatedMonitor.start({ protocol, path: pair.a, script });
  cleanups.push(() => monitor.stop());
  const clock = new AdjustableClock();
  const core: StationCore = openTestStation(data.dir, clock);
  cleanups.push(() => core.close());
  const baudRate = call(core, 'devices.list', {}).protocols.find((p) => p.name === protocol)!.defaultBaud;
  call(core, 'devices.save', {
    device: { name: 'Monitor A', protocol, path: pair.b, baudRate, usb: null, chairId: 'chair-1', measureScheduledChecks },
    by: ADMIN,
  });
  return { core, clock };
}

function deviceSystolics(core: StationCore, sessionId: string): Array<number | undefined> {
  return call(core, 'session.get', { sessionId })
    .entries.filter((e) => e.body.kind === 'observation' && e.body.source)
    .map((e) => (e.body.kind === 'observation' ? e.body.bp?.systolic : undefined));
}

describe('each monitor protocol through the station', () => {
  it('A&D TM-2655: Measure now gives the reading; E44 gives the failure in words', async () => {
    const { core } = await station('and-tm2655', { readings: [{ systolic: 131, diastolic: 83, map: 99, pulse: 66 }, { error: 'E44' }], measurementMs: 200 });
    await untilMonitor(core, (m) => m.state === 'connected', 'connected');
    const sessionId = readySpravatoPatient(core);
    call(core, 'devices.measureNow', { chairId: 'chair-1', by: NURSE });
    await untilMonitor(core, (m) => m.lastResult?.kind === 'reading', 'a reading');
    expect(deviceSystolics(core, sessionId)).toEqual([131]);
    call(core, 'devices.measureNow', { chairId: 'chair-1', by: NURSE });
    const failed = await untilMonitor(core, (m) => m.lastResult?.kind === 'failed', 'a failure');
    expect(failed.lastResult?.text).toMatch(/patient moved/i);
    expect(deviceSystolics(core, sessionId)).toEqual([131]);
  }, 30_000);

  it('Omron CSV: a reading the monitor sends by itself lands on the chair it serves', async () => {
    const { core } = await station('omron-csv', { readings: [{ systolic: 142, diastolic: 91, map: 108, pulse: 71 }], firstMeasurementMs: 1500 });
    const sessionId = readySpravatoPatient(core);
    await untilMonitor(core, (m) => m.lastResult?.kind === 'reading', 'a reading');
    expect(deviceSystolics(core, sessionId)).toEqual([142]);
  }, 30_000);

  it('Accutorr: the polled result is stored once, not at every poll', async () => {
    const { core } = await station('accutorr', { readings: [{ systolic: 126, diastolic: 79, map: 95, pulse: 64, spo2: 97 }], firstMeasurementMs: 100 });
    const sessionId = readySpravatoPatient(core);
    await untilMonitor(core, (m) => m.lastResult?.kind === 'reading', 'a reading');
    // Two more polls (every 5 s) answer with the same stored result.
    await new Promise((r) => setTimeout(r, 11_000));
    expect(deviceSystolics(core, sessionId)).toEqual([126]);
  }, 40_000);

  it('SunTech: a scheduled BP check starts the measurement by itself when it falls due', async () => {
    const { core, clock } = await station('suntech', { readings: [{ systolic: 133, diastolic: 85, map: 101, pulse: 72 }], measurementMs: 200 }, true);
    await untilMonitor(core, (m) => m.state === 'connected', 'connected');
    const sessionId = readySpravatoPatient(core);
    call(core, 'session.recordDevice', { sessionId, lot: 'L', by: NURSE });
    core.tick();
    expect(deviceSystolics(core, sessionId)).toEqual([]);
    clock.advance(40 * 60_000);
    core.tick();
    await untilMonitor(core, (m) => m.lastResult?.kind === 'reading', 'the scheduled reading');
    expect(deviceSystolics(core, sessionId)).toEqual([133]);
    core.tick();
    expect(call(core, 'devices.list', {}).devices[0].state).toBe('connected');
  }, 30_000);
});
