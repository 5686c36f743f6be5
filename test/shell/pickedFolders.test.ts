import { beforeEach, describe, expect, it, vi } from 'vitest';
import { contract } from '../../shared/api/contract';
import { HOST_CHANNELS } from '../../shared/api/host';
import { ipcChannel, METHOD_NAMES, type MethodName } from '../../shared/api/methods';
import type { Result } from '../../shared/api/result';
import { registerApiHandlers } from '../../electron/main/ipc';
import { contentSource, trustedOriginCheck } from '../../electron/main/origin';
import { createPickedFolders, FOLDER_METHODS } from '../../electron/main/pickedFolders';
import { registerHostHandlers } from '../../electron/main/printing';
import type { FakeBrowserWindow } from './fakeElectron';
import { fake, invokeEvent, resetFake } from './fakeElectron';

vi.mock('electron', async () => (await import('./fakeElectron')).fake);

const isTrusted = trustedOriginCheck(contentSource(true, {}));
const APP_PAGE = 'app://handledning/index.html';
const USB = '/media/anna/USB-MINNE';

const NOT_PICKED = {
  ok: false,
  error: {
    code: 'FOLDER_NOT_PICKED',
    message: 'Mappen kunde inte användas eftersom den inte valdes i dialogrutan. Inget har sparats. Försök igen och välj mappen där.',
  },
};

/** A shell-only stand-in for the backend: it records what reaches it. */
function recordingBackend() {
  return { dispatch: vi.fn((method: string, input: unknown): Promise<Result<unknown>> => Promise.resolve({ ok: true, value: { method, input } })) };
}

let backend: ReturnType<typeof recordingBackend>;
let window: FakeBrowserWindow;
let otherWindow: FakeBrowserWindow;

beforeEach(() => {
  resetFake();
  backend = recordingBackend();
  const picked = createPickedFolders();
  registerApiHandlers(fake.ipcMain as never, backend, isTrusted, picked);
  registerHostHandlers(fake.ipcMain as never, isTrusted, picked);
  window = new fake.BrowserWindow({});
  otherWindow = new fake.BrowserWindow({});
});

const from = (w: FakeBrowserWindow) => invokeEvent(APP_PAGE, { sender: w.webContents });
const call = (method: MethodName, input: unknown, w: FakeBrowserWindow = window) =>
  fake.ipcMain.handlers.get(ipcChannel(method))!(from(w), input) as Promise<Result<unknown>>;
const pick = (purpose: string, folder: string | null, w: FakeBrowserWindow = window) => {
  fake.dialog.showOpenDialog.mockResolvedValueOnce(folder === null ? { canceled: true, filePaths: [] } : { canceled: false, filePaths: [folder] });
  return fake.ipcMain.handlers.get(HOST_CHANNELS.pickFolder)!(from(w), purpose) as Promise<Result<{ path: string | null }>>;
};

describe('a folder reaches the backend only from the system dialog', () => {
  it.each(Object.entries(FOLDER_METHODS))('%s refuses a folder that was never picked, and the backend never sees it', async (method) => {
    await expect(call(method as MethodName, { folder: USB })).resolves.toEqual(NOT_PICKED);
    expect(backend.dispatch).not.toHaveBeenCalled();
  });

  it.each(Object.entries(FOLDER_METHODS))('%s takes the folder picked for %s once; sent again it is refused', async (method, purpose) => {
    await pick(purpose, USB);
    await expect(call(method as MethodName, { folder: USB })).resolves.toMatchObject({ ok: true });
    expect(backend.dispatch).toHaveBeenCalledExactlyOnceWith(method, { folder: USB });
    await expect(call(method as MethodName, { folder: USB })).resolves.toEqual(NOT_PICKED);
    expect(backend.dispatch).toHaveBeenCalledOnce();
  });

  it('refuses another folder than the one picked, and the pick is spent', async () => {
    await pick('backupCopy', USB);
    await expect(call('backups.saveCopy', { folder: '/home/anna/.ssh' })).resolves.toEqual(NOT_PICKED);
    await expect(call('backups.saveCopy', { folder: USB })).resolves.toEqual(NOT_PICKED);
    expect(backend.dispatch).not.toHaveBeenCalled();
  });

  it('another window’s pick does not count', async () => {
    await pick('backupCopy', USB, otherWindow);
    await expect(call('backups.saveCopy', { folder: USB })).resolves.toEqual(NOT_PICKED);
    expect(backend.dispatch).not.toHaveBeenCalled();
    await expect(call('backups.saveCopy', { folder: USB }, otherWindow)).resolves.toMatchObject({ ok: true });
  });

  it('a pick for another purpose does not count', async () => {
    await pick('backupCopy', USB);
    await expect(call('backups.setFolder', { folder: USB })).resolves.toEqual(NOT_PICKED);
    await expect(call('recovery.saveDamagedCopy', { folder: USB })).resolves.toEqual(NOT_PICKED);
    expect(backend.dispatch).not.toHaveBeenCalled();
  });

  it('a cancelled dialog leaves nothing to use', async () => {
    await pick('backupFolder', null);
    await expect(call('backups.setFolder', { folder: USB })).resolves.toEqual(NOT_PICKED);
  });

  it('the newest pick for a purpose replaces the older one', async () => {
    await pick('backupFolder', '/media/old');
    await pick('backupFolder', USB);
    await expect(call('backups.setFolder', { folder: '/media/old' })).resolves.toEqual(NOT_PICKED);
    await pick('backupFolder', USB);
    await expect(call('backups.setFolder', { folder: USB })).resolves.toMatchObject({ ok: true });
  });

  it('resetting the backup folder to the default (folder: null) needs no pick', async () => {
    await expect(call('backups.setFolder', { folder: null })).resolves.toMatchObject({ ok: true });
    expect(backend.dispatch).toHaveBeenCalledExactlyOnceWith('backups.setFolder', { folder: null });
  });

  it.each([[{}], [null], ['/media/anna'], [{ folder: 42 }], [{ folder: ['/media/anna'] }]])(
    'refuses the odd input %j without a pick, before the backend',
    async (input) => {
      await expect(call('backups.saveCopy', input)).resolves.toEqual(NOT_PICKED);
      expect(backend.dispatch).not.toHaveBeenCalled();
    },
  );

  it('methods that take no folder pass as before', async () => {
    await expect(call('backups.create', {})).resolves.toMatchObject({ ok: true });
    expect(backend.dispatch).toHaveBeenCalledExactlyOnceWith('backups.create', {});
  });

  it('every contract method whose input has a folder is guarded', () => {
    const withFolder = METHOD_NAMES.filter((method) => {
      const input = contract[method].input as unknown as { shape?: Record<string, unknown> };
      return input.shape !== undefined && 'folder' in input.shape;
    });
    expect(withFolder.sort()).toEqual(Object.keys(FOLDER_METHODS).sort());
  });
});
