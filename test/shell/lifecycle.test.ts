import Database from 'better-sqlite3';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HOST_CHANNELS } from '../../shared/api/host';
import { ipcChannel, METHOD_NAMES } from '../../shared/api/methods';
import type { Result } from '../../shared/api/result';
import { platformDataDir } from '../../electron/backend/dataDir';
import { APPLICATION_ID } from '../../electron/backend/store/databaseFile';
import { startApp } from '../../electron/main/lifecycle';
import { fake, FakeBrowserWindow, invokeEvent, resetFake } from './fakeElectron';

vi.mock('electron', async () => (await import('./fakeElectron')).fake);

const FILES = { preload: '/app/dist/electron/preload.cjs', rendererDir: '/app/dist/renderer' };
const APP_PAGE = 'app://handledning/index.html';

let dataDir: string;
let dbFile: string;
let env: NodeJS.ProcessEnv;

beforeEach(() => {
  resetFake();
  dataDir = path.join(mkdtempSync(path.join(tmpdir(), 'handledning-shell-')), 'data');
  dbFile = path.join(dataDir, 'handledning.sqlite');
  env = { HANDLEDNING_DATA_DIR: dataDir, HANDLEDNING_TODAY: '2026-05-11' };
});

afterEach(() => {
  fake.app.emit('will-quit');
});

const mainWindow = () => FakeBrowserWindow.instances[0];
const call = (method: Parameters<typeof ipcChannel>[0], input: unknown, url = APP_PAGE) =>
  fake.ipcMain.handlers.get(ipcChannel(method))!(invokeEvent(url), input) as Promise<Result<unknown>>;

describe('starting the desktop app', () => {
  it('takes the single-instance lock before the database is opened', async () => {
    let databaseExistedAtLock: boolean | null = null;
    fake.app.requestSingleInstanceLock.mockImplementationOnce(() => {
      databaseExistedAtLock = existsSync(dbFile);
      return true;
    });
    await startApp(FILES, env);
    expect(databaseExistedAtLock).toBe(false);
    expect(existsSync(dbFile)).toBe(true);
    const lockOrder = fake.app.requestSingleInstanceLock.mock.invocationCallOrder[0]!;
    expect(lockOrder).toBeLessThan(fake.app.whenReady.mock.invocationCallOrder[0]!);
  });

  it('a second instance quits and opens neither the database nor a window', async () => {
    fake.app.lockGranted = false;
    await startApp(FILES, env);
    expect(fake.app.quit).toHaveBeenCalled();
    expect(existsSync(dbFile)).toBe(false);
    expect(FakeBrowserWindow.instances).toEqual([]);
    expect(fake.ipcMain.handlers.size).toBe(0);
    expect(fake.app.whenReady).not.toHaveBeenCalled();
  });

  it('scopes the lock to the data folder, so HANDLEDNING_DATA_DIR is its own instance', async () => {
    await startApp(FILES, env);
    expect(fake.app.setPath).toHaveBeenCalledWith('userData', dataDir);
    expect(fake.app.setPath.mock.invocationCallOrder[0]!).toBeLessThan(fake.app.requestSingleInstanceLock.mock.invocationCallOrder[0]!);
  });

  it('without HANDLEDNING_DATA_DIR uses the same local app-data folder as browser mode', async () => {
    const configHome = mkdtempSync(path.join(tmpdir(), 'handledning-xdg-'));
    await startApp(FILES, { XDG_CONFIG_HOME: configHome, HANDLEDNING_TODAY: '2026-05-11' });
    const expected = platformDataDir(process.platform, { XDG_CONFIG_HOME: configHome });
    expect(fake.app.setPath).toHaveBeenCalledWith('userData', expected);
    expect(existsSync(path.join(expected, 'handledning.sqlite'))).toBe(true);
  });

  it('registers the app:// scheme before ready and serves the bundle from it', async () => {
    await startApp(FILES, env);
    expect(fake.protocol.registerSchemesAsPrivileged.mock.invocationCallOrder[0]!).toBeLessThan(fake.app.whenReady.mock.invocationCallOrder[0]!);
    expect(fake.protocol.handlers.has('app')).toBe(true);
    expect(mainWindow()?.loadedUrl).toBe(APP_PAGE);
  });

  it('an installed app loads its bundle even when ELECTRON_RENDERER_URL is set', async () => {
    fake.app.isPackaged = true;
    await startApp(FILES, { ...env, ELECTRON_RENDERER_URL: 'http://localhost:5173/' });
    expect(mainWindow()?.loadedUrl).toBe(APP_PAGE);
  });

  it('an unpackaged run loads the dev server when ELECTRON_RENDERER_URL is set', async () => {
    await startApp(FILES, { ...env, ELECTRON_RENDERER_URL: 'http://localhost:5173/' });
    expect(mainWindow()?.loadedUrl).toBe('http://localhost:5173/');
    await expect(call('app.info', {}, 'http://localhost:5173/')).resolves.toMatchObject({ ok: true });
  });

  it('opens one locked-down window: no navigation away, no popups, no permissions', async () => {
    await startApp(FILES, env);
    expect(FakeBrowserWindow.instances).toHaveLength(1);
    const window = mainWindow()!;
    expect(window.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, preload: FILES.preload });
    const navigation = { preventDefault: vi.fn() };
    window.webContents.emit('will-navigate', navigation, 'https://example.com/');
    expect(navigation.preventDefault).toHaveBeenCalled();
    expect(window.webContents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    const permission = vi.fn();
    fake.session.defaultSession.permissionRequestHandler?.(window.webContents, 'media', permission, {});
    expect(permission).toHaveBeenCalledWith(false);
  });

  it('speaks Swedish: Chromium’s language and the app menu', async () => {
    await startApp(FILES, env);
    expect(fake.app.commandLine.appendSwitch).toHaveBeenCalledWith('lang', 'sv');
    const [menu] = fake.Menu.setApplicationMenu.mock.calls[0] as [{ template: { label: string }[] }];
    expect(menu.template.map((item) => item.label)).toContain('Redigera');
  });

  it('brings the window forward when the app is started again', async () => {
    await startApp(FILES, env);
    const window = mainWindow()!;
    window.minimized = true;
    fake.app.emit('second-instance');
    expect(window.minimized).toBe(false);
    expect(window.focused).toBe(true);
  });
});

describe('the API over IPC, with the real backend', () => {
  it('answers the app’s own window from the database', async () => {
    await startApp(FILES, env);
    await expect(call('app.info', {})).resolves.toMatchObject({ ok: true, value: { version: '0.1.0-test', today: '2026-05-11' } });
    const created = await call('units.create', { name: 'Hemtjänst Norr', providerName: 'Kommunen', managerName: 'Anna Berg' });
    expect(created.ok).toBe(true);
    const units = await call('units.list', {});
    expect(units).toMatchObject({ ok: true });
    expect(JSON.stringify(units)).toContain('Hemtjänst Norr');
  });

  it('refuses a foreign page and writes nothing', async () => {
    await startApp(FILES, env);
    const refused = await call('units.create', { name: 'Intrång', providerName: 'X', managerName: 'Y' }, 'https://example.com/');
    expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_SENDER' } });
    expect(JSON.stringify(await call('units.list', {}))).not.toContain('Intrång');
  });

  it('answers malformed input with a typed validation error', async () => {
    await startApp(FILES, env);
    await expect(call('units.create', { name: 42 })).resolves.toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('registers the host channels (print, PDF, folder picker) next to the API, for the same window only', async () => {
    await startApp(FILES, env);
    expect([...fake.ipcMain.handlers.keys()].sort()).toEqual([...METHOD_NAMES.map(ipcChannel), ...Object.values(HOST_CHANNELS)].sort());
    const window = mainWindow()!;
    const foreign = invokeEvent('https://example.com/', { sender: window.webContents });
    await expect(fake.ipcMain.handlers.get(HOST_CHANNELS.print)!(foreign)).resolves.toMatchObject({ ok: false, error: { code: 'FORBIDDEN_SENDER' } });
    expect(window.webContents.print).not.toHaveBeenCalled();
    const own = invokeEvent(APP_PAGE, { sender: window.webContents });
    await expect(fake.ipcMain.handlers.get(HOST_CHANNELS.print)!(own)).resolves.toEqual({ ok: true, value: null });
    expect(window.webContents.print).toHaveBeenCalledTimes(1);
  });

  it('saves a copy only in the folder the system dialog gave the window; a typed path writes nothing', async () => {
    await startApp(FILES, env);
    const own = invokeEvent(APP_PAGE, { sender: mainWindow()!.webContents });
    const saveCopy = (folder: string) => fake.ipcMain.handlers.get(ipcChannel('backups.saveCopy'))!(own, { folder }) as Promise<Result<unknown>>;
    const usb = mkdtempSync(path.join(tmpdir(), 'handledning-usb-'));
    await expect(saveCopy(usb)).resolves.toMatchObject({ ok: false, error: { code: 'FOLDER_NOT_PICKED' } });
    expect(readdirSync(usb)).toEqual([]);
    fake.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [usb] });
    await expect(fake.ipcMain.handlers.get(HOST_CHANNELS.pickFolder)!(own, 'backupCopy')).resolves.toEqual({ ok: true, value: { path: usb } });
    await expect(saveCopy(usb)).resolves.toMatchObject({ ok: true });
    expect(readdirSync(usb)).toEqual([expect.stringMatching(/\.sqlite$/)]);
  });

  it('on quit removes every handler and closes the database', async () => {
    await startApp(FILES, env);
    await call('units.create', { name: 'Hemtjänst Syd', providerName: 'Kommunen', managerName: 'Anna Berg' });
    expect(existsSync(`${dbFile}-wal`)).toBe(true);
    fake.app.emit('will-quit');
    expect(fake.ipcMain.handlers.size).toBe(0);
    // The last connection closing checkpoints and removes the write-ahead log.
    expect(existsSync(`${dbFile}-wal`)).toBe(false);
  });
});

describe('automatic backups', () => {
  it('the day’s first backup is started at start and in place before the first call is answered, and checked every hour until quit', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    try {
      await startApp(FILES, env);
      expect(await call('units.list', {})).toMatchObject({ ok: true });
      const backups = readdirSync(path.join(dataDir, 'backups'));
      expect(backups).toEqual([expect.stringMatching(/^handledning-\d{8}-\d{6}-automatic\.sqlite$/)]);
      expect(FakeBrowserWindow.instances).toHaveLength(1);
      expect(vi.getTimerCount()).toBe(1);
      // Within the day no second backup is due.
      await vi.advanceTimersByTimeAsync(60 * 60 * 1000);
      expect(readdirSync(path.join(dataDir, 'backups'))).toEqual(backups);
      fake.app.emit('will-quit');
      expect(vi.getTimerCount()).toBe(0);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('a data folder on a share or in a synced folder', () => {
  it('is refused with a Swedish explanation before the database opens, after the single-instance lock', async () => {
    const synced = path.join(mkdtempSync(path.join(tmpdir(), 'handledning-shell-')), 'OneDrive - Exempelby kommun', 'Handledning');
    const defaultFolder = platformDataDir(process.platform, {});
    await startApp(FILES, { ...env, HANDLEDNING_DATA_DIR: synced });
    expect(fake.app.requestSingleInstanceLock).toHaveBeenCalled();
    expect(fake.dialog.showErrorBox).toHaveBeenCalledTimes(1);
    const [title, message] = fake.dialog.showErrorBox.mock.calls[0] as [string, string];
    expect(title).toBe('Handledning kan inte starta');
    expect(message).toContain(`Handledning kan inte öppna databasen i ${synced}, eftersom mappen synkroniseras av OneDrive.`);
    expect(message).toContain('halvskriven');
    expect(message).toContain(`Använd standardmappen på datorns egen disk: ${defaultFolder}.`);
    expect(message).toContain('Säkerhetskopiorna får gärna sparas på nätverket');
    expect(fake.app.exit).toHaveBeenCalledWith(1);
    expect(existsSync(synced)).toBe(false);
    expect(FakeBrowserWindow.instances).toEqual([]);
    expect(fake.ipcMain.handlers.size).toBe(0);
  });

  it('a //server/share path on Linux is a share: refused, and no /server folder made at the root', async () => {
    const server = `handledning-shell-${process.pid}-srv`;
    await startApp(FILES, { ...env, HANDLEDNING_DATA_DIR: `//${server}/share/Handledning` });
    const [, message] = fake.dialog.showErrorBox.mock.calls[0] as [string, string];
    expect(message).toContain(`Handledning kan inte öppna databasen i //${server}/share/Handledning, eftersom mappen ligger på en nätverksenhet.`);
    expect(fake.app.exit).toHaveBeenCalledWith(1);
    expect(existsSync(`/${server}`)).toBe(false);
  });

  it('a second instance on such a folder only hands over to the first, with no message', async () => {
    fake.app.lockGranted = false;
    await startApp(FILES, { ...env, HANDLEDNING_DATA_DIR: path.join(mkdtempSync(path.join(tmpdir(), 'handledning-shell-')), 'Dropbox') });
    expect(fake.app.quit).toHaveBeenCalled();
    expect(fake.dialog.showErrorBox).not.toHaveBeenCalled();
  });
});

describe('a database from a newer Handledning', () => {
  function newerDatabase(): Buffer {
    mkdirSync(dataDir, { recursive: true });
    const db = new Database(dbFile);
    db.pragma(`application_id = ${APPLICATION_ID}`);
    db.pragma('user_version = 999');
    db.exec('CREATE TABLE from_the_future (id INTEGER PRIMARY KEY)');
    db.close();
    return readFileSync(dbFile);
  }

  it('is refused with a Swedish message, the app quits and the file is untouched', async () => {
    const before = newerDatabase();
    await startApp(FILES, env);
    expect(fake.dialog.showErrorBox).toHaveBeenCalledTimes(1);
    const [title, message] = fake.dialog.showErrorBox.mock.calls[0] as [string, string];
    expect(title).toBe('Handledning kan inte starta');
    expect(message).toContain('nyare version av Handledning');
    expect(message).toContain('999');
    expect(fake.app.exit).toHaveBeenCalledWith(1);
    expect(FakeBrowserWindow.instances).toEqual([]);
    expect(fake.ipcMain.handlers.size).toBe(0);
    expect(readFileSync(dbFile).equals(before)).toBe(true);
    expect(existsSync(`${dbFile}-wal`)).toBe(false);
  });
});

describe('a data folder that cannot be written', () => {
  // /sys refuses new folders to every user, root included, so this holds in a container too.
  it('is refused with one Swedish line in the error box, before the single-instance lock; nothing opens', async () => {
    const folder = `/sys/handledning-shell-${process.pid}`;
    await startApp(FILES, { ...env, HANDLEDNING_DATA_DIR: folder });
    expect(fake.dialog.showErrorBox).toHaveBeenCalledTimes(1);
    const [title, message] = fake.dialog.showErrorBox.mock.calls[0] as [string, string];
    expect(title).toBe('Handledning kan inte starta');
    expect(message).toBe(
      `Handledning kan inte spara i datamappen ${folder}, eftersom den är skrivskyddad eller saknar behörighet. Be IT om skrivbehörighet eller använd en annan mapp.`,
    );
    expect(fake.app.exit).toHaveBeenCalledWith(1);
    expect(fake.app.requestSingleInstanceLock).not.toHaveBeenCalled();
    expect(FakeBrowserWindow.instances).toEqual([]);
    expect(fake.ipcMain.handlers.size).toBe(0);
  });
});
