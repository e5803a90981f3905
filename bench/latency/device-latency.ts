// From the last byte of a monitor's result frame on a real serial line (a socat pseudo-terminal pair)
// to the reading committed by the station and its alarm drawn on the page.
//   device.frame_to_alarm_visible: a crisis BP sent by a SunTech, until its HIGH alarm is on screen
import { SerialPort } from 'serialport';
import { encodeSuntechResult } from '../../electron/station/devices/protocols/suntech-encode';
import { startSocatPair } from '../../test/support/socat-pair';
import type { Report } from '../report';
import { BENCH_ADMIN } from '../support/bench-people';
import { launchChromium, STATION_VIEWPORT } from '../support/chromium';
import { startServedStation } from '../support/served-station';
import type { StationRequests } from '../support/station-requests';
import { percentile } from '../support/stats';
import { openBoard, whenAlarmVisible } from './alarm-on-page';
import { checkInWithBaseline } from './alarm-latency';

const ADMIN_BY = BENCH_ADMIN;

function writeAndDrain(port: SerialPort, bytes: Uint8Array): Promise<void> {
  return new Promise((done, fail) => {
    port.write(Buffer.from(bytes));
    port.drain((err) => (err ? fail(err) : done()));
  });
}

async function waitConnected(station: StationRequests): Promise<void> {
  for (let i = 0; i < 100; i++) {
    const view = await station.request('devices.list', {});
    if (view.devices[0]?.state === 'connected') return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('The monitor did not connect');
}

export async function measureDeviceLatency(report: Report, count: number): Promise<void> {
  const pair = await startSocatPair();
  const served = await startServedStation();
  const browser = await launchChromium();
  const monitorEnd = new SerialPort({ path: pair.a, baudRate: 9600 });
  try {
    await new Promise<void>((done, fail) => monitorEnd.once('open', () => done()).once('error', fail));
    const { station } = served;
    await station.request('devices.save', {
      device: { name: 'Bench SunTech', protocol: 'suntech', path: pair.b, baudRate: 9600, usb: null, chairId: 'chair-1', measureScheduledChecks: false },
      by: ADMIN_BY,
    });
    await waitConnected(station);
    await checkInWithBaseline(station, 'chair-1', 'BENCH-D', 'ketamine-im');
    const page = await browser.newPage({ viewport: STATION_VIEWPORT });
    await openBoard(page, served.url);

    const samples: number[] = [];
    for (let i = 0; i < count; i++) {
      // Different values every time, so no result counts as a re-sent one.
      const systolic = 181 + (i % 60);
      const diastolic = 100 + Math.floor(i / 60);
      const visible = whenAlarmVisible(page, `BP ${systolic}/${diastolic} at or above`);
      await writeAndDrain(monitorEnd, encodeSuntechResult({ systolic, diastolic, map: 130, pulse: 80 }));
      const lastByteSent = Date.now();
      samples.push((await visible) - lastByteSent);
      // A normal reading in between lowers the alarm, so the next crisis raises it again.
      await writeAndDrain(monitorEnd, encodeSuntechResult({ systolic: 120 + (i % 7), diastolic: 80, map: 93, pulse: 70 + (i % 20) }));
    }
    report.figure('device.frame_to_alarm_visible.p50', percentile(samples, 50), 'ms');
    report.figure('device.frame_to_alarm_visible.p95', percentile(samples, 95), 'ms');
  } finally {
    await new Promise<void>((done) => (monitorEnd.isOpen ? monitorEnd.close(() => done()) : done()));
    await browser.close();
    await served.dispose();
    await pair.dispose();
  }
}
