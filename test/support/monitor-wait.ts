// Waits, without sleeping, until the station's first monitor is in the state a test expects:
// checked now and on every 'devices' event the core sends.
import type { DeviceView } from '../../shared/api/views';
import type { StationCore } from '../../electron/station/station-core';
import { call } from './station';

export function untilMonitor(core: StationCore, ok: (m: DeviceView) => boolean, what: string, timeoutMs = 15_000): Promise<DeviceView> {
  return new Promise((resolve, reject) => {
    const current = () => call(core, 'devices.list', {}).devices[0];
    const check = () => {
      const m = current();
      if (m && ok(m)) {
        clearTimeout(timer);
        off();
        resolve(m);
      }
    };
    const timer = setTimeout(() => {
      off();
      reject(new Error(`Timed out waiting for the monitor to be ${what}: ${JSON.stringify(current())}`));
    }, timeoutMs);
    const off = core.onEvent((event) => {
      if (event === 'devices') check();
    });
    check();
  });
}
