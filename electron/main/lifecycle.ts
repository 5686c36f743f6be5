import { app, BrowserWindow, dialog, ipcMain, session } from 'electron';
import { translate } from '../../shared/i18n/translate';
import type { Backend } from '../backend/api/createBackend';
import { clockFromEnv } from '../backend/clock';
import { dataDirOverride, ensureDir, platformDataDir } from '../backend/dataDir';
import { scheduleAutomaticBackups } from '../backend/hostGuards/backupSchedule';
import { DataFolderLockedError } from '../backend/hostGuards/dataFolderLock';
import { checkDataFolderPlace, isLocalDataFolder, UnsafeDataFolderError } from '../backend/hostGuards/dataFolderPlace';
import { DataFolderReadOnlyError, refuseReadOnlyDataFolder } from '../backend/hostGuards/dataFolderWritable';
import { keepLogFailuresFromCrashing } from '../backend/hostGuards/logStreams';
import { startBackend } from '../backend/startBackend';
import { DatabaseFromNewerVersionError, DatabaseNotHandledningError } from '../backend/store/errors';
import { registerApiHandlers } from './ipc';
import { installAppMenu } from './menu';
import { contentSource, trustedOriginCheck } from './origin';
import { createPickedFolders } from './pickedFolders';
import { registerHostHandlers } from './printing';
import { registerAppScheme, serveRenderer } from './protocol';
import { denyAllPermissions, lockDownAllWebContents } from './security';
import { bringToFront, createMainWindow } from './window';

export interface ShellFiles {
  preload: string;
  rendererDir: string;
}

/**
 * The desktop app and browser mode share one data folder: HANDLEDNING_DATA_DIR, else the
 * platform's local app-data folder (on Windows %LOCALAPPDATA%, not the roaming %APPDATA%
 * that Electron would pick and municipal IT often redirects to a server). It becomes
 * Electron's userData too: the single-instance lock lives there, so it guards exactly the
 * database it sits next to. A folder the place check will refuse is not created (on Linux,
 * creating //server/share would make /server/share); one that cannot be written is refused
 * here already (DataFolderReadOnlyError), since Electron's own files go there too.
 */
function dataFolder(env: NodeJS.ProcessEnv): string {
  const folder = dataDirOverride(env) ?? platformDataDir(process.platform, env);
  if (isLocalDataFolder(folder)) {
    refuseReadOnlyDataFolder(folder, () => ensureDir(folder));
    app.setPath('userData', folder);
  }
  return folder;
}

/** Refusals whose Swedish message tells the user what to do; anything else is a bug. */
function isKnownRefusal(error: unknown): error is Error {
  return (
    error instanceof DatabaseFromNewerVersionError ||
    error instanceof DatabaseNotHandledningError ||
    error instanceof UnsafeDataFolderError ||
    error instanceof DataFolderLockedError ||
    error instanceof DataFolderReadOnlyError
  );
}

function showStartupError(error: unknown): void {
  const known = isKnownRefusal(error);
  if (!known) console.error('Handledning kunde inte starta', error);
  dialog.showErrorBox(translate('menu.startupFailedTitle'), known ? error.message : translate('error.internal'));
}

/**
 * The whole life of the desktop app. The order matters: the privileged scheme before
 * ready; the single-instance lock, then the data folder's place, before the database; the
 * database before any window.
 */
export async function startApp(files: ShellFiles, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  keepLogFailuresFromCrashing();
  registerAppScheme();
  app.commandLine.appendSwitch('lang', 'sv');
  let dataDir: string;
  try {
    dataDir = dataFolder(env);
  } catch (error) {
    // Electron's error box works before ready.
    showStartupError(error);
    app.exit(1);
    return;
  }

  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  // A share or a synced folder is refused before the database opens; `net use` (Windows)
  // runs while Electron gets ready. Awaited in the try below; the no-op handler only keeps a
  // refusal that comes before Electron is ready from being an unhandled rejection.
  const placeChecked = checkDataFolderPlace(dataDir, platformDataDir(process.platform, env));
  placeChecked.catch(() => undefined);

  const source = contentSource(app.isPackaged, env);
  const isTrusted = trustedOriginCheck(source);
  lockDownAllWebContents(app, isTrusted);

  let mainWindow: BrowserWindow | null = null;
  const openMainWindow = () => {
    mainWindow = createMainWindow(files.preload, source.entryUrl);
    mainWindow.on('closed', () => (mainWindow = null));
  };
  app.on('second-instance', () => mainWindow && bringToFront(mainWindow));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  await app.whenReady();

  let backend: Backend;
  try {
    await placeChecked;
    // A damaged file does not stop the start: the backend answers in recovery mode. Browser
    // mode on the same folder holds the data folder's lock, and this start is refused.
    backend = await startBackend({ dataDir, today: clockFromEnv(env), version: app.getVersion() });
  } catch (error) {
    showStartupError(error);
    app.exit(1);
    return;
  }
  const stopBackups = scheduleAutomaticBackups(backend);
  // The folders the system dialog gave each window: the only paths the API takes from a page.
  const picked = createPickedFolders();
  const removeApiHandlers = registerApiHandlers(ipcMain, backend, isTrusted, picked);
  const removeHostHandlers = registerHostHandlers(ipcMain, isTrusted, picked);
  app.once('will-quit', () => {
    stopBackups();
    removeApiHandlers();
    removeHostHandlers();
    backend.close();
  });

  denyAllPermissions(session.defaultSession);
  if (session.defaultSession.availableSpellCheckerLanguages.includes('sv')) {
    session.defaultSession.setSpellCheckerLanguages(['sv']);
  }
  if (source.kind === 'bundle') serveRenderer(files.rendererDir);
  app.setAboutPanelOptions({ applicationName: translate('app.name'), applicationVersion: app.getVersion() });
  installAppMenu({ isPackaged: app.isPackaged, platform: process.platform });

  openMainWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openMainWindow();
  });
}
