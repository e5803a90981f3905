// What the preload gives the page: window.station with one method per request and on(), and
// window.stationShell with savePdf and kiosk. Nothing that could name a channel or reach ipcRenderer.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EVENT_NAMES, REQUEST_NAMES } from '../../../shared/api/request-names';
import {
  EVENT_CHANNEL,
  KIOSK_EXIT_CHANNEL,
  KIOSK_STATUS_CHANNEL,
  REQUEST_CHANNELS,
  SAVE_PDF_CHANNEL,
} from '../../../electron/ipc-channels';
import { shellBridge, stationBridge, type Invoke, type Subscribe } from '../../../electron/security/page-bridge';

function recorder() {
  const calls: unknown[][] = [];
  const invoke: Invoke = async (...args) => {
    calls.push(args);
    return { ok: true, result: null };
  };
  const handlers: Array<{ channel: string; handler: (name: unknown, payload: unknown) => void }> = [];
  const subscribe: Subscribe = (channel, handler) => {
    const entry = { channel, handler };
    handlers.push(entry);
    return () => handlers.splice(handlers.indexOf(entry), 1);
  };
  const emit = (name: unknown, payload: unknown) => handlers.forEach((h) => h.handler(name, payload));
  return { calls, invoke, subscribe, handlers, emit };
}

describe('window.station', () => {
  it('has exactly one method per request of the contract, and on()', () => {
    const { invoke, subscribe } = recorder();
    const station = stationBridge(invoke, subscribe);
    expect(Object.keys(station).sort()).toEqual([...REQUEST_NAMES, 'on'].sort());
    for (const value of Object.values(station)) expect(typeof value).toBe('function');
  });

  it('sends each request on its own channel with only the input', async () => {
    const { calls, invoke, subscribe } = recorder();
    const station = stationBridge(invoke, subscribe);
    for (const name of REQUEST_NAMES) await station[name]!({ n: name });
    expect(calls).toEqual(REQUEST_CHANNELS.map(({ name, channel }) => [channel, { n: name }]));
  });

  it('on() listens on the event channel, passes only the named event and stops when asked', () => {
    const { subscribe, invoke, handlers, emit } = recorder();
    const station = stationBridge(invoke, subscribe);
    const got: unknown[] = [];
    const stop = station.on(EVENT_NAMES[0], (payload) => got.push(payload));
    expect(handlers.map((h) => h.channel)).toEqual([EVENT_CHANNEL]);
    emit(EVENT_NAMES[0], 1);
    emit(EVENT_NAMES[1], 2);
    expect(got).toEqual([1]);
    stop();
    expect(handlers).toEqual([]);
  });

  it('on() refuses events that are not in the contract, and listeners that are not functions', () => {
    const { subscribe, invoke, handlers } = recorder();
    const station = stationBridge(invoke, subscribe);
    expect(() => station.on('ipc-message', () => undefined)).toThrow(TypeError);
    expect(() => station.on(EVENT_NAMES[0], 'x' as unknown as () => void)).toThrow(TypeError);
    expect(handlers).toEqual([]);
  });
});

describe('window.stationShell', () => {
  it('has savePdf and kiosk { status, exit }, nothing else', () => {
    const shell = shellBridge(recorder().invoke);
    expect(Object.keys(shell).sort()).toEqual(['kiosk', 'savePdf']);
    expect(Object.keys(shell.kiosk).sort()).toEqual(['exit', 'status']);
  });

  it('sends only strings, on the shell channels', async () => {
    const { calls, invoke } = recorder();
    const shell = shellBridge(invoke);
    await shell.savePdf({ toString: () => 'abc' } as unknown as string);
    await shell.kiosk.status();
    await shell.kiosk.exit(42 as unknown as string, 1234 as unknown as string);
    expect(calls).toEqual([[SAVE_PDF_CHANNEL, 'abc'], [KIOSK_STATUS_CHANNEL], [KIOSK_EXIT_CHANNEL, '42', '1234']]);
  });
});

describe('the preload', () => {
  const preload = readFileSync(resolve(__dirname, '../../../electron/preload.ts'), 'utf8');

  it('exposes exactly window.station and window.stationShell, built by the bridge module', () => {
    const exposed = [...preload.matchAll(/exposeInMainWorld\(\s*'([^']+)'\s*,\s*([^\n;]+)\)/g)].map((m) => [m[1], m[2]]);
    expect(exposed).toEqual([
      ['station', 'stationBridge(invoke, subscribe)'],
      ['stationShell', 'shellBridge(invoke)'],
    ]);
  });

  it('imports nothing but Electron and the bridge (a sandboxed preload gets no Node modules)', () => {
    const imports = [...preload.matchAll(/from '([^']+)'/g)].map((m) => m[1]);
    expect(imports).toEqual(['electron', './security/page-bridge']);
  });
});
