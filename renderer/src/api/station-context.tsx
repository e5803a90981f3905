// Makes the one API object and the connection status available to every component.
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import type { StationApi } from '../../../shared/api/contract';
import type { ConnectionStatus, Transport } from './transport';

interface StationContextValue {
  api: StationApi;
  transport: Transport;
}

const StationContext = createContext<StationContextValue | null>(null);

export function StationProvider(props: { api: StationApi; transport: Transport; children: ReactNode }) {
  const { api, transport } = props;
  return <StationContext.Provider value={{ api, transport }}>{props.children}</StationContext.Provider>;
}

function useStationContext(): StationContextValue {
  const value = useContext(StationContext);
  if (!value) throw new Error('StationProvider is missing');
  return value;
}

export function useStationApi(): StationApi {
  return useStationContext().api;
}

export function useConnectionStatus(): ConnectionStatus {
  const { transport } = useStationContext();
  const [status, setStatus] = useState<ConnectionStatus>(() => transport.status());
  useEffect(() => {
    setStatus(transport.status());
    return transport.onStatus(setStatus);
  }, [transport]);
  return status;
}
