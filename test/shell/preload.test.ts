import { build } from 'esbuild';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { ipcChannel, METHOD_NAMES } from '../../shared/api/methods';
import { fake } from './fakeElectron';

vi.mock('electron', async () => (await import('./fakeElectron')).fake);

const root = path.resolve(__dirname, '../..');

describe('the preload', () => {
  it('exposes exactly the contract’s methods on window.handledning, each invoking its own channel', async () => {
    await import('../../electron/preload/preload');
    expect(fake.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
    const [name, api] = fake.contextBridge.exposeInMainWorld.mock.calls[0] as [string, Record<string, unknown>];
    expect(name).toBe('handledning');
    expect(Object.keys(api).sort()).toEqual([...METHOD_NAMES].sort());

    for (const method of METHOD_NAMES) {
      const call = api[method] as (input: unknown) => Promise<unknown>;
      expect(typeof call).toBe('function');
      const input = { probe: method };
      await expect(call(input)).resolves.toEqual({ channel: ipcChannel(method), input });
    }
    expect(fake.ipcRenderer.invoke).toHaveBeenCalledTimes(METHOD_NAMES.length);
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
