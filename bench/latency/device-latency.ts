// npm run bench (device part): from the last byte of a monitor's result frame on a real serial line
// (a socat pseudo-terminal pair) to the reading committed by the station and its alarm drawn on the page.
//   device.frame_to_alarm_visible: a crisis BP sent by a SunTech, until its HIGH alarm is on screen
import { chromium } from '@playwright/test';
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { SerialPort } from 'serialport';
import { encodeSuntechResult } from '../electron/station/devices/protocols/suntech-encode';
import { startSocatPair } from '../test/support/socat-pair';
import { StationClient } from '../test/e2e/support/station-api';
import { StationProcess } from '../test/e2e/support/station-process';
import { checkIn, percentile, whenAlarmVisible } from './alarm-latency';

const SAMPLES = Number(process.env.BENCH_DEVICE_SAMPLES ?? 100);

function writeAndDrain(port: SerialPort, bytes: Uint8Array): Promise<void> {
  return new Promise((done, fail) => {
    port.write(Buffer.from(bytes));
    port.drain((err) => (err ? fail(err) : done()));
  });
}

async function waitConnected(api: StationClient): Promise<void> {
  for (let i = 0; i < 100; i++) {
    const view = (await api.request('devices.list', {})) as { devices: Array<{ state: string }> };
    if (view.devices[0]?.state === 'connected') return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('The monitor did not connect');
}

async function main(): Promise<void> {
  const pair = await startSocatPair();
  const station = new StationProcess();
  const url = await station.start();
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  const monitorEnd = new SerialPort({ path: pair.a, baudRate: 9600 });
  try {
    await new Promise<void>((done, fail) => monitorEnd.once('open', () => done()).once('error', fail));
    const api = await StationClient.connect(url);
    await api.request('devices.save', {
      device: { name: 'Bench SunTech', protocol: 'suntech', path: pair.b, baudRate: 9600, usb: null, chairId: 'chair-1', measureScheduledChecks: false },
      by: 'Bench',
    });
    await waitConnected(api);
    await checkIn(api, 'chair-1', 'BENCH-D', 'ketamine-im');
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    await page.goto(url);
    await page.getByRole('region', { name: 'Chair 1', exact: true }).waitFor();

    const samples: number[] = [];
    for (let i = 0; i < SAMPLES; i++) {
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
    api.close();
    const figures = {
      'device.frame_to_alarm_visible.p50': percentile(samples, 50),
      'device.frame_to_alarm_visible.p95': percentile(samples, 95),
    };
    for (const [name, value] of Object.entries(figures)) console.log(`${name}: ${Math.round(value)} ms`);
    console.log(`(${samples.length} measurements through a pseudo-terminal)`);
    const out = resolve(__dirname, 'results');
    mkdirSync(out, { recursive: true });
    writeFileSync(resolve(out, 'device-latency.json'), JSON.stringify({ at: new Date().toISOString(), unit: 'ms', samples: samples.length, figures }, null, 2));
  } finally {
    await new Promise<void>((done) => (monitorEnd.isOpen ? monitorEnd.close(() => done()) : done()));
    await browser.close();
    await station.dispose();
    await pair.dispose();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
