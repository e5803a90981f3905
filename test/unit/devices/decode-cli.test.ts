// The decode tool as an installer would run it: a child process reading a capture file or stdin.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { andAckFrame, andDataFrame } from '../../../electron/station/devices/protocols/and-tm2655-encode';
import { encodeSuntechResult } from '../../../electron/station/devices/protocols/suntech-encode';
import { bytesOf, fromHex } from './support';

const ROOT = resolve(__dirname, '..', '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'decode-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function device(args: string[], input?: Uint8Array) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/device/cli.ts', ...args], { cwd: ROOT, input, encoding: 'utf8', timeout: 15_000 });
  return { code: r.status, lines: r.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>), stderr: r.stderr };
}

function capture(name: string, bytes: Uint8Array): string {
  const file = join(dir, name);
  writeFileSync(file, bytes);
  return file;
}

// The frames published in DEVICES.md §1, with garbage around them.
const SUNTECH_CAPTURE = bytesOf(
  [0x00, 0xff, 0x13],
  fromHex('3E 05 02 01 BA'),
  fromHex('3E 00 02 01 BA'),
  fromHex('3E 18 73 00 4A 00 1E 01 00 00 00 00 00 00 31 07 55 00 58 00 00 00 00 E9'),
  encodeSuntechResult({ systolic: 2047, diastolic: 238, map: 0, pulse: 0, errorCode: 87 }),
  [0x3e, 0x18, 0x01], // cut short by the end of the capture
);
const SUNTECH_LINES = [
  { type: 'skipped', bytes: 3 },
  { type: 'cuff', pressure: 258 },
  { type: 'skipped', bytes: 5 },
  { type: 'reading', systolic: 115, diastolic: 74, map: 88, pulse: 85 },
  { type: 'failed', code: '87', message: 'cuff loose or leaking' },
  { type: 'skipped', bytes: 3 },
];

describe('npm run device -- decode', () => {
  it('prints one JSON line per event of a SunTech capture file, in order, and exits 0', () => {
    const r = device(['decode', '--protocol', 'suntech', '--file', capture('suntech.bin', SUNTECH_CAPTURE)]);
    expect(r.code).toBe(0);
    expect(r.lines).toEqual(SUNTECH_LINES.map((l) => expect.objectContaining(l)));
  });

  it('reads the capture from stdin when no file is given', () => {
    const r = device(['decode', '--protocol=suntech'], SUNTECH_CAPTURE);
    expect(r.code).toBe(0);
    expect(r.lines).toEqual(SUNTECH_LINES.map((l) => expect.objectContaining(l)));
  });

  it('decodes the other protocols (A&D reply frames are synthetic)', () => {
    const reply = andDataFrame({ deviceTime: '2304271506', systolic: 128, map: 96, diastolic: 80, pulse: 72 });
    const r = device(['decode', '--protocol', 'and-tm2655'], bytesOf(andAckFrame(), reply));
    expect(r.lines).toEqual([{ type: 'status', status: 'ack' }, expect.objectContaining({ type: 'reading', systolic: 128, diastolic: 80, deviceTime: '2304271506' })]);
    const omron = device(['decode', '--protocol', 'omron-csv'], bytesOf('bp,99999999999999999999,2023/04/27,15:06,140,098,077,068,3\r\n'));
    expect(omron.lines).toEqual([expect.objectContaining({ type: 'reading', systolic: 140, diastolic: 77, map: 98, pulse: 68 })]);
  });

  it('exits 0 on bytes that mean nothing, and on no bytes at all', () => {
    const noise = device(['decode', '--protocol', 'accutorr'], Uint8Array.from({ length: 500 }, (_, i) => (i * 37) % 256));
    expect(noise.code).toBe(0);
    expect(noise.lines.every((l) => l.type !== 'reading')).toBe(true);
    const empty = device(['decode', '--protocol', 'suntech'], new Uint8Array(0));
    expect(empty).toMatchObject({ code: 0, lines: [] });
  });

  it.each([
    [['decode', '--protocol', 'dinamap'], /unknown protocol: dinamap/],
    [['decode'], /--protocol is required/],
    [['decode', '--protocol'], /--protocol needs a value/],
    [['decode', '--protocol', 'suntech', '--file'], /--file needs a value/],
    [['decode', '--protocol', 'suntech', '--speed', '9600'], /unknown argument: --speed/],
    [['frobnicate'], /unknown command: frobnicate/],
  ])('exits 2 with a usage message for a bad command line: %j', (args, message) => {
    const r = device(args, new Uint8Array(0));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toMatch(/usage: npm run device --/);
  });
});
