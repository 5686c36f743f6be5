import { contextBridge, ipcRenderer } from 'electron';
import { PRELOAD_GLOBAL, preloadApi } from './api';
import { HOST_GLOBAL, hostBridge } from './host';

// Sandboxed: this bundle may require nothing but 'electron'. Only plain functions cross
// the bridge; the renderer never sees ipcRenderer itself.
contextBridge.exposeInMainWorld(
  PRELOAD_GLOBAL,
  preloadApi((channel, input) => ipcRenderer.invoke(channel, input)),
);
contextBridge.exposeInMainWorld(
  HOST_GLOBAL,
  hostBridge((channel, ...args) => ipcRenderer.invoke(channel, ...args)),
);
