// The only bridge between the sandboxed page and the main process (security/page-bridge.ts builds
// it): one named method per request of the contract and on() for the core's events as
// window.station, and the shell's own actions as window.stationShell. The page never sees
// ipcRenderer itself.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { shellBridge, stationBridge, type Subscribe } from './security/page-bridge';

const invoke = (channel: string, ...args: unknown[]): Promise<unknown> => ipcRenderer.invoke(channel, ...args);

const subscribe: Subscribe = (channel, handler) => {
  const listener = (_event: IpcRendererEvent, name: unknown, payload: unknown) => handler(name, payload);
  ipcRenderer.on(channel, listener);
  return () => {
    ipcRenderer.removeListener(channel, listener);
  };
};

contextBridge.exposeInMainWorld('station', stationBridge(invoke, subscribe));
contextBridge.exposeInMainWorld('stationShell', shellBridge(invoke));
