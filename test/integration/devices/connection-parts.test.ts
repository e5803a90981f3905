// The small pieces of the serial connection that need no port: the reconnect waits, finding a
// device by USB identity, and the measure-now conversation (with a fake clock).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { findPortByIdentity } from '../../../electron/station/devices/device-identity';
import { MeasurementFlow } from '../../../electron/station/devices/measurement-flow';
import { PROTOCOLS } from '../../../electron/station/devices/protocols';
import type { DeviceEvent, FailedEvent } from '../../../electron/station/devices/protocols/types';
import { backoff } from '../../../electron/station/devices/reconnect-policy';
import type { ListedPort } from '../../../electron/station/devices/serial-port-types';

const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');
const SUNTECH = PROTOCOLS.suntech.commands;

function port(path: string, vendorId: string | null, productId: string | null, serialNumber: string | null): ListedPort {
  return { path, vendorId, productId, serialNumber, manufacturer: null, source: 'system' };
}

describe('reconnect waits', () => {
  it('double from half a second up to ten seconds, and start again after a successful open', () => {
    const p = backoff();
    expect(Array.from({ length: 8 }, () => p.nextDelayMs())).toEqual([500, 1000, 2000, 4000, 8000, 10_000, 10_000, 10_000]);
    p.reset();
    expect(p.nextDelayMs()).toBe(500);
  });
});

describe('finding a device by USB identity', () => {
  const ports = [port('/dev/ttyUSB1', '0403', '6001', 'A1'), port('/dev/ttyUSB2', '0403', '6001', 'B2'), port('/dev/ttyS0', null, null, null)];

  it('matches the serial number, case-insensitively for hex ids', () => {
    expect(findPortByIdentity(ports, { vendorId: '0403', productId: '6001', serialNumber: 'B2' })).toBe('/dev/ttyUSB2');
    expect(findPortByIdentity([port('COM5', '067B', '2303', null)], { vendorId: '067b', productId: '2303', serialNumber: null })).toBe('COM5');
  });

  it('does not guess between two identical adapters without serial numbers', () => {
    expect(findPortByIdentity(ports, { vendorId: '0403', productId: '6001', serialNumber: null })).toBeNull();
    expect(findPortByIdentity(ports, { vendorId: '0403', productId: '6001', serialNumber: 'C3' })).toBeNull();
  });
});

describe('the measure-now conversation', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  function flowFor(driver = PROTOCOLS.suntech) {
    vi.useFakeTimers();
    const sent: string[] = [];
    const failures: FailedEvent[] = [];
    const flow = new MeasurementFlow(driver, { send: (b) => (sent.push(hex(b)), true), fail: (e) => failures.push(e) }, { timeoutMs: 60_000 });
    return { flow, sent, failures };
  }
  const status = (s: 'received' | 'complete' | 'busy' | 'aborted'): DeviceEvent => ({ type: 'status', status: s });

  it('SunTech: start, poll the cuff every 200 ms after O, ask for the result after K, stop at the result', () => {
    const { flow, sent } = flowFor();
    expect(flow.start()).toBe(true);
    expect(flow.start()).toBe(false); // already measuring
    expect(sent).toEqual([hex(SUNTECH.start!)]);
    vi.advanceTimersByTime(1000);
    expect(sent).toHaveLength(1); // no polling before the module said O
    flow.onEvent(status('received'));
    vi.advanceTimersByTime(600);
    expect(sent.slice(1)).toEqual(Array(4).fill(hex(SUNTECH.cuffPressure!)));
    flow.onEvent(status('complete'));
    vi.advanceTimersByTime(1000);
    expect(sent.slice(5)).toEqual([hex(SUNTECH.requestResult!)]);
    flow.onEvent({ type: 'reading', systolic: 120, diastolic: 80, map: 93, pulse: 70, deviceTime: null });
    expect(flow.active).toBe(false);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('a monitor that is busy says why; one that never finishes is stopped and reported', () => {
    const { flow, sent, failures } = flowFor();
    flow.start();
    flow.onEvent(status('busy'));
    expect(failures).toEqual([{ type: 'failed', code: 'busy', message: 'the monitor is busy and did not start' }]);
    expect(vi.getTimerCount()).toBe(0);

    flow.start();
    flow.onEvent(status('received'));
    vi.advanceTimersByTime(60_000);
    expect(failures[1]).toMatchObject({ code: 'no-result' });
    expect(sent[sent.length - 1]).toBe(hex(SUNTECH.abort!));
    expect(flow.active).toBe(false);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('A&D: ST only; the result comes by itself', () => {
    const { flow, sent } = flowFor(PROTOCOLS['and-tm2655']);
    flow.start();
    flow.onEvent({ type: 'status', status: 'ack' });
    vi.advanceTimersByTime(5000);
    expect(sent).toEqual([hex(PROTOCOLS['and-tm2655'].commands.start!)]);
    flow.onEvent({ type: 'failed', code: 'E44', message: 'patient moved' });
    expect(flow.active).toBe(false);
  });

  it('monitors that cannot be started are not', () => {
    const { flow, sent } = flowFor(PROTOCOLS['omron-csv']);
    expect(flow.start()).toBe(false);
    expect(sent).toEqual([]);
  });
});
