// The typed station API the screens use, whatever carries it. Each method resolves with the result
// or rejects with a StationApiError carrying the core's message and field issues.
import type { StationApi } from '../../../shared/api/contract';
import { REQUEST_NAMES } from '../../../shared/api/request-names';
import { createIpcTransport, ipcBridge } from './ipc-transport';
import { StationApiError } from './station-api-error';
import type { Transport } from './transport';
import { createWebSocketTransport, stationSocketUrl } from './websocket-transport';

export function createStationApi(transport: Transport): StationApi {
  const methods: Record<string, (input: unknown) => Promise<unknown>> = {};
  for (const name of REQUEST_NAMES) {
    methods[name] = async (input: unknown) => {
      const response = await transport.request(name, input);
      if (response.ok) return response.result;
      throw StationApiError.fromApiError(response.error);
    };
  }
  return { ...methods, on: transport.on } as unknown as StationApi;
}

/** Electron's preload bridge when there is one, otherwise the headless server's WebSocket. */
export function createDefaultTransport(): Transport {
  const bridge = ipcBridge();
  return bridge ? createIpcTransport(bridge) : createWebSocketTransport(stationSocketUrl());
}
