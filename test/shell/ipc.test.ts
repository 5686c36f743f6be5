import { describe, expect, it, vi } from 'vitest';
import { ipcChannel, METHOD_NAMES } from '../../shared/api/methods';
import type { Result } from '../../shared/api/result';
import { registerApiHandlers } from '../../electron/main/ipc';
import { contentSource, trustedOriginCheck } from '../../electron/main/origin';
import { createPickedFolders } from '../../electron/main/pickedFolders';
import { fake, invokeEvent } from './fakeElectron';

vi.mock('electron', async () => (await import('./fakeElectron')).fake);

const isTrusted = trustedOriginCheck(contentSource(true, {}));
const APP_PAGE = 'app://handledning/index.html';

/** A shell-only stand-in for the backend: it records what reaches it. */
function recordingBackend() {
  return { dispatch: vi.fn((method: string, input: unknown): Promise<Result<unknown>> => Promise.resolve({ ok: true, value: { method, input } })) };
}

function withHandlers() {
  fake.ipcMain.handlers.clear();
  const backend = recordingBackend();
  const remove = registerApiHandlers(fake.ipcMain as never, backend, isTrusted, createPickedFolders());
  const invoke = (method: string, event: object, input: unknown) => fake.ipcMain.handlers.get(`api:${method}`)!(event, input);
  return { backend, remove, invoke };
}

const FORBIDDEN = {
  ok: false,
  error: { code: 'FORBIDDEN_SENDER', message: 'Begäran kom inte från Handledningens eget fönster och avvisades.' },
};

describe('IPC registration', () => {
  it('registers one handler per contract method and no other channel', () => {
    withHandlers();
    expect([...fake.ipcMain.handlers.keys()].sort()).toEqual(METHOD_NAMES.map(ipcChannel).sort());
    expect(fake.ipcMain.handlers.size).toBe(METHOD_NAMES.length);
  });

  it('removes every handler again', () => {
    const { remove } = withHandlers();
    remove();
    expect(fake.ipcMain.handlers.size).toBe(0);
  });
});

describe('who may call the API', () => {
  it('passes a call from the app’s own window to the backend, method and input unchanged', async () => {
    const { backend, invoke } = withHandlers();
    const input = { unitId: 1, week: '2026-W20' };
    await expect(invoke('sessions.cancel', invokeEvent(APP_PAGE), input)).resolves.toEqual({
      ok: true,
      value: { method: 'sessions.cancel', input },
    });
    expect(backend.dispatch).toHaveBeenCalledExactlyOnceWith('sessions.cancel', input);
  });

  it.each([
    ['a foreign web page', invokeEvent('https://example.com/')],
    ['a local file', invokeEvent('file:///home/anna/evil.html')],
    ['another app:// host', invokeEvent('app://elsewhere/index.html')],
    ['a dev server in an installed app', invokeEvent('http://localhost:5173/')],
    ['an iframe inside the app’s page', invokeEvent(APP_PAGE, { subframe: true })],
    ['a frame that is already gone', invokeEvent(APP_PAGE, { noFrame: true })],
  ])('refuses %s with FORBIDDEN_SENDER and never reaches the backend', async (_who, event) => {
    const { backend, invoke } = withHandlers();
    for (const method of METHOD_NAMES) {
      await expect(invoke(method, event, {})).resolves.toEqual(FORBIDDEN);
    }
    expect(backend.dispatch).not.toHaveBeenCalled();
  });

  it('answers a backend that throws with a typed internal error, not a rejected promise', async () => {
    const { backend, invoke } = withHandlers();
    backend.dispatch.mockRejectedValueOnce(new Error('disk on fire'));
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    const result = (await invoke('units.list', invokeEvent(APP_PAGE), {})) as Result<unknown>;
    quiet.mockRestore();
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.code).toBe('INTERNAL');
  });
});
