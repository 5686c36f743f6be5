import { HOST_CHANNELS, type HostBridge } from '../../shared/api/host';

export const HOST_GLOBAL = 'handledningHost';

/**
 * What the renderer finds at window.handledningHost: one function per host channel (print,
 * save as PDF, pick a folder), built from HOST_CHANNELS so the bridge and main never differ.
 */
export function hostBridge(invoke: (channel: string, ...args: unknown[]) => Promise<unknown>): HostBridge {
  return Object.fromEntries(
    Object.entries(HOST_CHANNELS).map(([name, channel]) => [name, (...args: unknown[]) => invoke(channel, ...args)]),
  ) as unknown as HostBridge;
}

// Every HostBridge function has a channel and every channel a function.
type FunctionWithoutChannel = Exclude<keyof HostBridge, keyof typeof HOST_CHANNELS>;
type ChannelWithoutFunction = Exclude<keyof typeof HOST_CHANNELS, keyof HostBridge>;
export const channelsMatchBridge: [FunctionWithoutChannel, ChannelWithoutFunction] extends [never, never] ? true : never = true;
