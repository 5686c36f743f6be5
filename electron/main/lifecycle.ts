import { app, BrowserWindow, dialog, ipcMain, session } from 'electron';
import { translate } from '../../shared/i18n/translate';
import { createBackend, type Backend } from '../backend/api/createBackend';
import { clockFromEnv } from '../backend/clock';
import { databasePaths, dataDirOverride, ensureDir, platformDataDir } from '../backend/dataDir';
import { openDatabase } from '../backend/store/database';
import { DatabaseFromNewerVersionError, DatabaseNotHandledningError } from '../backend/store/errors';
import { registerApiHandlers } from './ipc';
import { installAppMenu } from './menu';
import { contentSource, trustedOriginCheck } from './origin';
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
 * database it sits next to.
 */
function dataFolder(env: NodeJS.ProcessEnv): string {
  const folder = ensureDir(dataDirOverride(env) ?? platformDataDir(process.platform, env));
  app.setPath('userData', folder);
  return folder;
}

function showStartupError(error: unknown): void {
  const known = error instanceof DatabaseFromNewerVersionError || error instanceof DatabaseNotHandledningError;
  if (!known) console.error('Handledning kunde inte starta', error);
  dialog.showErrorBox(translate('menu.startupFailedTitle'), known ? error.message : translate('error.internal'));
}

/**
 * The whole life of the desktop app. The order matters: the privileged scheme before
 * ready, the single-instance lock before the database, the database before any window.
 */
export async function startApp(files: ShellFiles, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  registerAppScheme();
  app.commandLine.appendSwitch('lang', 'sv');
  const dataDir = dataFolder(env);

  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }

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
    const today = clockFromEnv(env);
    const db = await openDatabase(databasePaths(ensureDir(dataDir)));
    backend = createBackend({ db, today, version: app.getVersion() });
  } catch (error) {
    showStartupError(error);
    app.exit(1);
    return;
  }
  const removeApiHandlers = registerApiHandlers(ipcMain, backend, isTrusted);
  app.once('will-quit', () => {
    removeApiHandlers();
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
