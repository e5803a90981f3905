// The station's way to its monitors on this PC: serial ports, one DeviceConnection per monitor.
import type { PortView } from '../../../shared/api/views';
import type { Clock } from '../clock';
import { DeviceConnection } from './device-connection';
import type { DeviceLinkFactory } from './device-link';
import { PROTOCOLS } from './protocols';
import { listSerialPorts } from './serial-port-list';

export function serialDevices(clock: Clock, log: (message: string, error?: unknown) => void): {
  openLink: DeviceLinkFactory;
  listPorts: () => Promise<PortView[]>;
} {
  const openLink: DeviceLinkFactory = (config, listener) => {
    const connection = new DeviceConnection(
      { path: config.path, baudRate: config.baudRate, driver: PROTOCOLS[config.protocol], usb: config.usb },
      { now: () => clock.now() },
    );
    connection.on((e) => {
      switch (e.type) {
        case 'connecting':
          return listener.state('connecting', null, e.path);
        case 'connected':
          return listener.state('connected', e.movedFrom ? `found on ${e.path} (was ${e.movedFrom})` : null, e.path);
        case 'disconnected':
          return listener.state('disconnected', e.reason, e.path);
        case 'error':
          return listener.state('error', e.message, e.path);
        default:
          return listener.event(e);
      }
    });
    connection.open();
    return {
      measureNow: () => {
        if (!connection.measureNow()) {
          listener.event({ type: 'failed', code: 'not-started', message: 'the monitor could not start a measurement now' });
        }
      },
      close: () => {
        connection.close().catch((e: unknown) => log(`Closing ${config.name} failed`, e));
      },
    };
  };
  const listPorts = async (): Promise<PortView[]> =>
    (await listSerialPorts()).map(({ path, vendorId, productId, serialNumber, manufacturer }) => ({
      path,
      vendorId,
      productId,
      serialNumber,
      manufacturer,
    }));
  return { openLink, listPorts };
}
