// The BP monitors and the protocols the station speaks, kept current by the core's 'devices' event.
// Saving or removing a monitor answers with the list, shown at once through `update`.
import type { DevicesView } from '../../../shared/api/views';
import { useStationApi } from '../api/station-context';
import { useLiveView } from './useLiveView';

export interface DevicesState {
  devices: DevicesView | null;
  error: string | null;
  update(view: DevicesView): void;
}

export function useDevices(): DevicesState {
  const api = useStationApi();
  const { view, error, update } = useLiveView('devices', () => api['devices.list']({}));
  return { devices: view, error, update };
}
