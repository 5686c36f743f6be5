import { build } from 'esbuild';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { HOST_CHANNELS } from '../../shared/api/host';
import { ipcChannel, METHOD_NAMES } from '../../shared/api/methods';
import { fake } from './fakeElectron';

vi.mock('electron', async () => (await import('./fakeElectron')).fake);

const root = path.resolve(__dirname, '../..');

/** What the preload put on window, by global name; the module runs once per test file. */
async function exposedGlobals(): Promise<Map<string, Record<string, unknown>>> {
  await import('../../electron/preload/preload');
  const calls = fake.contextBridge.exposeInMainWorld.mock.calls as [string, Record<string, unknown>][];
  return new Map(calls);
}

describe('the preload', () => {
  it('exposes two globals and nothing else: the API and the desktop host', async () => {
    expect([...(await exposedGlobals()).keys()].sort()).toEqual(['handledning', 'handledningHost']);
    expect(fake.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(2);
  });

  it('exposes exactly the contract’s methods on window.handledning, each invoking its own channel', async () => {
    const api = (await exposedGlobals()).get('handledning')!;
    expect(Object.keys(api).sort()).toEqual([...METHOD_NAMES].sort());

    fake.ipcRenderer.invoke.mockClear();
    for (const method of METHOD_NAMES) {
      const call = api[method] as (input: unknown) => Promise<unknown>;
      expect(typeof call).toBe('function');
      const input = { probe: method };
      await expect(call(input)).resolves.toEqual({ channel: ipcChannel(method), input });
    }
    expect(fake.ipcRenderer.invoke).toHaveBeenCalledTimes(METHOD_NAMES.length);
  });

  it('exposes exactly print, savePdf and pickFolder on window.handledningHost, over the host channels', async () => {
    const host = (await exposedGlobals()).get('handledningHost')!;
    expect(Object.keys(host).sort()).toEqual(['pickFolder', 'print', 'savePdf']);
    expect(Object.keys(host).sort()).toEqual(Object.keys(HOST_CHANNELS).sort());

    fake.ipcRenderer.invoke.mockClear();
    await (host.print as () => Promise<unknown>)();
    await (host.savePdf as (fileName: string) => Promise<unknown>)('underlag.pdf');
    await (host.pickFolder as (purpose: string) => Promise<unknown>)('backupCopy');
    expect(fake.ipcRenderer.invoke.mock.calls).toEqual([
      [HOST_CHANNELS.print],
      [HOST_CHANNELS.savePdf, 'underlag.pdf'],
      [HOST_CHANNELS.pickFolder, 'backupCopy'],
    ]);
  });

  it('bundles to code that requires nothing but electron, and carries no zod', async () => {
    const result = await build({
      absWorkingDir: root,
      entryPoints: ['electron/preload/preload.ts'],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      external: ['electron'],
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    const code = result.outputFiles[0]!.text;
    const required = [...code.matchAll(/require\(["']([^"']+)["']\)/g)].map((m) => m[1]);
    expect(new Set(required)).toEqual(new Set(['electron']));
    expect(Object.keys(result.metafile.inputs).filter((file) => file.includes('node_modules'))).toEqual([]);
  });
});
