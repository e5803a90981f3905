// The whole chain over a real serial line: a simulated SunTech on one end of a socat pair, the
// station core (with its SQLite record and alarms) on the other. What a nurse would see: Measure now
// gives one labelled reading on the chair's session; a device error gives a failed measurement and
// no reading; an unplug raises the technical alarm; the replug reconnects and measures again once.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AdjustableClock } from '../../../electron/station/clock';
import { SerialPort } from 'serialport';
import { encodeSuntechResult } from '../../../electron/station/devices/protocols/suntech-encode';
import { SimulatedMonitor } from '../../../electron/station/devices/simulator/simulated-monitor';
import type { StationCore } from '../../../electron/station/station-core';
import { startSocatPair, type SocatPair } from '../../support/socat-pair';
import { untilMonitor } from '../../support/monitor-wait';
import { call, NURSE, openTestStation, readySpravatoPatient, refusal, tempDataDir, ADMIN } from '../../support/station';

let data: ReturnType<typeof tempDataDir>;
let pair: SocatPair;
let monitor: SimulatedMonitor;
let core: StationCore;

const monitorState = (ok: Parameters<typeof untilMonitor>[1], what: string) => untilMonitor(core, ok, what);

function deviceReadings(sessionId: string) {
  return call(core, 'session.get', { sessionId }).entries.filter((e) => e.body.kind === 'observation' && e.body.source);
}

beforeEach(async () => {
  data = tempDataDir();
  pair = await startSocatPair();
  monitor = await SimulatedMonitor.start({
    protocol: 'suntech',
    path: pair.a,
    script: { readings: [{ systolic: 134, diastolic: 86, map: 102, pulse: 74 }, { error: '87' }, { systolic: 128, diastolic: 82, map: 97, pulse: 70 }], measurementMs: 300 },
  });
  core = openTestStation(data.dir, new AdjustableClock());
  call(core, 'devices.save', {
    device: { name: 'SunTech 1', protocol: 'suntech', path: pair.b, baudRate: 9600, usb: null, chairId: 'chair-1', measureScheduledChecks: false },
    by: ADMIN,
  });
});

afterEach(async () => {
  core.close();
  await monitor.stop();
  await pair.dispose();
  data.remove();
});

describe('the station with a SunTech monitor on a serial line', () => {
  it('measures on request, refuses a device error, alarms on unplug and measures once again after the replug', async () => {
    await monitorState((m) => m.state === 'connected', 'connected');
    const sessionId = readySpravatoPatient(core, 'chair-1', 'P-77');

    // Measure now: cuff pressure while inflating, then one reading labelled with the monitor.
    call(core, 'devices.measureNow', { chairId: 'chair-1', by: NURSE });
    await monitorState((m) => m.lastResult?.kind === 'reading', 'done measuring');
    let readings = deviceReadings(sessionId);
    expect(readings).toHaveLength(1);
    expect(readings[0]).toMatchObject({ by: 'BP monitor SunTech 1', body: { bp: { systolic: 134, diastolic: 86, pulse: 74 }, source: { deviceName: 'SunTech 1' } } });

    // The monitor's error code: a failed measurement in words, nothing stored.
    call(core, 'devices.measureNow', { chairId: 'chair-1', by: NURSE });
    const failed = await monitorState((m) => m.lastResult?.kind === 'failed', 'failed');
    expect(failed.lastResult?.text).toBe('Measurement failed: cuff loose or leaking');
    expect(deviceReadings(sessionId)).toHaveLength(1);

    // Unplug: the monitor is disconnected and the occupied chair gets a technical alarm.
    await pair.kill();
    await monitorState((m) => m.state === 'disconnected', 'disconnected');
    core.tick();
    const alarm = call(core, 'board.get', {}).alarms.find((a) => a.category === 'technical');
    expect(alarm).toMatchObject({ chairName: 'Chair 1', priority: 'low' });
    expect(alarm?.message).toContain('BP monitor SunTech 1 disconnected');

    // Replug: it reconnects by itself, the alarm clears, and the next measurement is stored once.
    await pair.restart();
    await monitorState((m) => m.state === 'connected', 'connected again');
    core.tick();
    expect(call(core, 'board.get', {}).alarms.filter((a) => a.category === 'technical')).toEqual([]);
    call(core, 'devices.measureNow', { chairId: 'chair-1', by: NURSE });
    await monitorState((m) => m.lastResult?.kind === 'reading' && m.lastResult.text.startsWith('BP 128/82'), 'done measuring again');
    readings = deviceReadings(sessionId);
    expect(readings.map((e) => (e.body.kind === 'observation' ? e.body.bp?.systolic : null))).toEqual([134, 128]);
  }, 40_000);

  it('stores a result frame that the monitor sends twice only once', async () => {
    await monitorState((m) => m.state === 'connected', 'connected');
    const sessionId = readySpravatoPatient(core, 'chair-1', 'P-78');
    // Stand in for the monitor at its end of the line and send the same result frame twice, unasked.
    await monitor.stop();
    const line = new SerialPort({ path: pair.a, baudRate: 9600 });
    await new Promise<void>((resolve, reject) => line.once('open', () => resolve()).once('error', reject));
    const frame = Buffer.from(encodeSuntechResult({ systolic: 141, diastolic: 88, map: 106, pulse: 77 }));
    line.write(frame);
    await monitorState((m) => m.lastResult?.text.startsWith('BP 141/88') ?? false, 'given the result');
    line.write(frame);
    line.write(Buffer.from(encodeSuntechResult({ systolic: 139, diastolic: 87, map: 104, pulse: 76 })));
    await monitorState((m) => m.lastResult?.text.startsWith('BP 139/87') ?? false, 'given the next result');
    await new Promise<void>((resolve) => line.close(() => resolve()));
    expect(deviceReadings(sessionId).map((e) => (e.body.kind === 'observation' ? e.body.bp?.systolic : null))).toEqual([141, 139]);
  });

  it('refuses Measure now for a chair without a monitor', () => {
    expect(refusal(core, 'devices.measureNow', { chairId: 'chair-2', by: NURSE }).message).toBe('No BP monitor serves this chair: add one in Settings, or type the reading in');
  });
});
