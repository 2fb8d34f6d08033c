// Exposes exactly the contract's channels and events as window.api; nothing else reaches the page.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { CHANNELS, EVENTS } from '../shared/ipc/channels.ts';
import type { Bridge } from '../shared/ipc/contract.ts';

const channels = new Set<string>(CHANNELS);
const events = new Set<string>(EVENTS);

const bridge: Bridge = {
  invoke: (channel, input) => {
    if (!channels.has(channel)) {
      return Promise.resolve({
        ok: false,
        error: { code: 'NOT_FOUND', message: 'There is no such API call.' },
      });
    }
    return ipcRenderer.invoke(channel, input);
  },
  on: (event, listener) => {
    if (!events.has(event)) return () => {};
    const wrapped = (_e: IpcRendererEvent, payload: unknown) => listener(payload as never);
    ipcRenderer.on(event, wrapped);
    return () => ipcRenderer.off(event, wrapped);
  },
};

contextBridge.exposeInMainWorld('api', bridge);
