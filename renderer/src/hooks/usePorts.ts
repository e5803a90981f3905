// The serial ports the core finds on this PC. Asking takes a moment (the operating system is asked),
// so the list is fetched once when a form opens and again on "Refresh ports".
import { useCallback, useEffect, useState } from 'react';
import type { PortView } from '../../../shared/api/views';
import { useStationApi } from '../api/station-context';
import { useAction, type Action } from './useAction';

export interface PortsState {
  ports: PortView[] | null;
  load: Action;
  refresh(): void;
}

export function usePorts(): PortsState {
  const api = useStationApi();
  const load = useAction();
  const [ports, setPorts] = useState<PortView[] | null>(null);

  const run = load.runAnonymous;
  const refresh = useCallback(() => {
    void run(() => api['devices.ports']({})).then((list) => {
      if (list) setPorts(list);
    });
  }, [api, run]);

  useEffect(() => {
    refresh();
  }, [refresh]);

  return { ports, load, refresh };
}
