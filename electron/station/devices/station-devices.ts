// The station's BP monitors: their settings, their links, and the requests that manage and use them.
import { randomUUID } from 'node:crypto';
import type { ParsedInput } from '../../../shared/api/contract';
import type { DevicesView, DeviceView, PortView } from '../../../shared/api/views';
import type { DeviceHealth } from '../../../shared/domain/alarm-rules';
import { protocolInfo } from '../../../shared/domain/devices';
import type { Clock } from '../clock';
import type { SettingsStore } from '../settings/settings-store';
import { notAllowed, notFound } from '../station-error';
import type { DeviceLinkFactory } from './device-link';
import { DeviceManager, type IncomingReading } from './device-manager';

export interface StationDevicesHooks {
  /** Stores a reading; returns why it was not stored, or null. */
  reading(r: IncomingReading): string | null;
  changed(): void;
  log?: (message: string, error?: unknown) => void;
}

export class StationDevices {
  private readonly manager: DeviceManager;

  constructor(
    private readonly settings: SettingsStore,
    clock: Clock,
    openLink: DeviceLinkFactory,
    private readonly listPorts: () => Promise<PortView[]>,
    hooks: StationDevicesHooks,
  ) {
    this.manager = new DeviceManager(clock, openLink, hooks);
  }

  /** Opens the configured monitors. Called once the rest of the core is ready for their events. */
  start(): void {
    this.manager.reconcile(this.settings.read().devices);
  }

  view(): DevicesView {
    return this.manager.view();
  }

  monitorFor(chairId: string): DeviceView | null {
    return this.manager.monitorFor(chairId);
  }

  health(chairId: string): DeviceHealth[] {
    return this.manager.health(chairId);
  }

  measuresScheduledChecks(chairId: string): boolean {
    return this.manager.measuresScheduledChecks(chairId);
  }

  /** Starts a measurement for the patient in the chair now (`sessionId`), or for an empty chair (null). */
  measureNow(chairId: string, sessionId: string | null): DeviceView {
    if (!this.settings.read().chairs.some((c) => c.id === chairId)) throw notFound(`There is no chair "${chairId}" at this station`);
    return this.manager.measureNow(chairId, sessionId);
  }

  ports(): Promise<PortView[]> {
    return this.listPorts();
  }

  save({ device }: ParsedInput<'devices.save'>): DevicesView {
    const current = this.settings.read();
    if (device.chairId !== null && !current.chairs.some((c) => c.id === device.chairId)) {
      throw notAllowed(`There is no chair "${device.chairId}" at this station`, 'device.chairId');
    }
    const others = current.devices.filter((d) => d.id !== device.id);
    if (device.id && others.length === current.devices.length) throw notFound('No such monitor');
    if (others.some((d) => d.name.toLowerCase() === device.name.toLowerCase())) {
      throw notAllowed(`A monitor named "${device.name}" already exists`, 'device.name');
    }
    if (others.some((d) => d.path === device.path)) throw notAllowed(`Another monitor already uses ${device.path}`, 'device.path');
    if (device.chairId !== null && others.some((d) => d.chairId === device.chairId)) {
      const chair = current.chairs.find((c) => c.id === device.chairId)?.name ?? device.chairId;
      throw notAllowed(`${chair} already has a monitor`, 'device.chairId');
    }
    if (device.chairId === null && device.measureScheduledChecks) {
      throw notAllowed('Only a monitor that serves one chair can measure its scheduled checks by itself', 'device.measureScheduledChecks');
    }
    if (device.measureScheduledChecks && !protocolInfo(device.protocol).canStartMeasurement) {
      throw notAllowed('This monitor sends readings by itself: it cannot be told to measure', 'device.measureScheduledChecks');
    }
    if (device.chairId === null && others.some((d) => d.chairId === null)) {
      throw notAllowed('The station already has a shared monitor', 'device.chairId');
    }
    const saved = { ...device, id: device.id ?? `monitor-${randomUUID().slice(0, 8)}` };
    const devices = device.id ? current.devices.map((d) => (d.id === device.id ? saved : d)) : [...current.devices, saved];
    this.settings.write({ ...current, devices });
    this.manager.reconcile(devices);
    return this.manager.view();
  }

  remove({ deviceId }: ParsedInput<'devices.remove'>): DevicesView {
    const current = this.settings.read();
    if (!current.devices.some((d) => d.id === deviceId)) throw notFound('No such monitor');
    const devices = current.devices.filter((d) => d.id !== deviceId);
    this.settings.write({ ...current, devices });
    this.manager.reconcile(devices);
    return this.manager.view();
  }

  close(): void {
    this.manager.close();
  }
}
