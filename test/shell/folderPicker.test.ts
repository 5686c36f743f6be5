import { beforeEach, describe, expect, it, vi } from 'vitest';
import { HOST_CHANNELS } from '../../shared/api/host';
import type { Result } from '../../shared/api/result';
import { contentSource, trustedOriginCheck } from '../../electron/main/origin';
import { createPickedFolders } from '../../electron/main/pickedFolders';
import { registerHostHandlers } from '../../electron/main/printing';
import type { FakeBrowserWindow } from './fakeElectron';
import { fake, invokeEvent, resetFake } from './fakeElectron';

vi.mock('electron', async () => (await import('./fakeElectron')).fake);

const isTrusted = trustedOriginCheck(contentSource(true, {}));
const APP_PAGE = 'app://handledning/index.html';

let window: FakeBrowserWindow;

beforeEach(() => {
  resetFake();
  registerHostHandlers(fake.ipcMain as never, isTrusted, createPickedFolders());
  window = new fake.BrowserWindow({});
});

const pickFolder = (purpose: unknown, event: object = invokeEvent(APP_PAGE, { sender: window.webContents })) =>
  fake.ipcMain.handlers.get(HOST_CHANNELS.pickFolder)!(event, purpose) as Promise<Result<{ path: string | null }>>;
const userPicks = (folder: string) => fake.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [folder] });

describe('Välj mapp', () => {
  it.each([
    ['backupCopy', 'Välj mapp för kopian av databasen'],
    ['backupFolder', 'Välj mapp för säkerhetskopiorna'],
    ['damagedCopy', 'Välj mapp för kopian av den skadade databasen'],
  ])('for %s asks over the app’s window in Swedish: “%s”', async (purpose, title) => {
    await pickFolder(purpose);
    expect(fake.dialog.showOpenDialog).toHaveBeenCalledExactlyOnceWith(window, {
      title,
      buttonLabel: 'Välj mapp',
      properties: ['openDirectory', 'createDirectory'],
    });
  });

  it('answers with the folder the user picked', async () => {
    userPicks('/media/anna/USB-MINNE');
    await expect(pickFolder('backupCopy')).resolves.toEqual({ ok: true, value: { path: '/media/anna/USB-MINNE' } });
  });

  it('a cancelled dialog answers null, not an error', async () => {
    await expect(pickFolder('backupFolder')).resolves.toEqual({ ok: true, value: { path: null } });
  });

  it.each([
    ['a foreign web page', { url: 'https://example.com/' }],
    ['an iframe inside the app’s page', { url: APP_PAGE, subframe: true }],
    ['a frame that is already gone', { url: APP_PAGE, noFrame: true }],
  ])('refuses %s without showing a dialog', async (_who, { url, ...options }) => {
    const event = invokeEvent(url, { ...options, sender: window.webContents });
    await expect(pickFolder('backupCopy', event)).resolves.toMatchObject({ ok: false, error: { code: 'FORBIDDEN_SENDER' } });
    expect(fake.dialog.showOpenDialog).not.toHaveBeenCalled();
  });

  it.each([['somethingElse'], [''], ['__proto__'], ['toString'], [42], [null], [undefined], [{ purpose: 'backupCopy' }]])(
    'refuses the purpose %j without showing a dialog',
    async (purpose) => {
      await expect(pickFolder(purpose)).resolves.toEqual({
        ok: false,
        error: { code: 'VALIDATION', message: 'Uppgifterna är inte giltiga. Rätta de markerade fälten och försök igen.' },
      });
      expect(fake.dialog.showOpenDialog).not.toHaveBeenCalled();
    },
  );

  it('a dialog that fails answers with a Swedish internal error', async () => {
    fake.dialog.showOpenDialog.mockRejectedValueOnce(new Error('no display'));
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    await expect(pickFolder('backupCopy')).resolves.toEqual({
      ok: false,
      error: { code: 'INTERNAL', message: 'Mappväljaren kunde inte öppnas. Försök igen.' },
    });
    quiet.mockRestore();
  });
});
