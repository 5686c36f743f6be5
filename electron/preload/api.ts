import { ipcChannel, METHOD_NAMES, type MethodName } from '../../shared/api/methods';

/** What the renderer finds at window.handledning: one function per contract method. */
export type PreloadApi = Record<MethodName, (input: unknown) => Promise<unknown>>;

export const PRELOAD_GLOBAL = 'handledning';

/** Built from the method list, never by hand, so the bridge exposes exactly the contract. */
export function preloadApi(invoke: (channel: string, input: unknown) => Promise<unknown>): PreloadApi {
  return Object.fromEntries(METHOD_NAMES.map((method) => [method, (input: unknown) => invoke(ipcChannel(method), input)])) as PreloadApi;
}
