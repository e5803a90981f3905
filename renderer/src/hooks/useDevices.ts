// The BP monitors and the protocols the station speaks: fetched when shown and after every reconnect,
// then kept current by the core's 'devices' event. A request that answers with the list (saving,
// removing a monitor) shows its answer at once through `update`.
import { useCallback, useEffect, useState } from 'react';
import type { DevicesView } from '../../../shared/api/views';
import { useConnectionStatus, useStationApi } from '../api/station-context';
import { toStationApiError } from '../api/station-api-error';

export interface DevicesState {
  devices: DevicesView | null;
  error: string | null;
  update(view: DevicesView): void;
}

export function useDevices(): DevicesState {
  const api = useStationApi();
  const status = useConnectionStatus();
  const [devices, setDevices] = useState<DevicesView | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(
    () =>
      api.on('devices', (view) => {
        setDevices(view);
        setError(null);
      }),
    [api],
  );

  useEffect(() => {
    if (status !== 'connected') return;
    let live = true;
    api['devices.list']({}).then(
      (view) => {
        if (!live) return;
        setDevices(view);
        setError(null);
      },
      (e: unknown) => {
        if (live) setError(toStationApiError(e).message);
      },
    );
    return () => {
      live = false;
    };
  }, [api, status]);

  const update = useCallback((view: DevicesView) => {
    setDevices(view);
    setError(null);
  }, []);

  return { devices, error, update };
}
