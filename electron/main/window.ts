import { BrowserWindow, dialog, type BrowserWindowConstructorOptions } from 'electron';
import { translate } from '../../shared/i18n/translate';

/** Locked down: the renderer is plain web content that reaches the app only through the preload. */
export function mainWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    title: translate('app.name'),
    width: 1200,
    height: 800,
    minWidth: 800,
    minHeight: 560,
    show: false,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      spellcheck: true,
    },
  };
}

export function createMainWindow(preloadPath: string, entryUrl: string): BrowserWindow {
  const window = new BrowserWindow(mainWindowOptions(preloadPath));
  // Shown once painted, so the user never sees a blank white frame.
  window.once('ready-to-show', () => window.show());
  askBeforeUnsavedUnload(window);
  window.loadURL(entryUrl).catch((error: unknown) => console.error('Kunde inte ladda fönstret', error));
  return window;
}

/** The button order of the question below: leaving is the first, staying the default. */
const LEAVE = 0;
const STAY = 1;

/**
 * A view with unsaved changes refuses to unload (beforeunload). Chromium would ask in a browser;
 * Electron asks nobody and just stays, so reload and closing the window ask here, in Swedish.
 */
export function askBeforeUnsavedUnload(window: BrowserWindow): void {
  window.webContents.on('will-prevent-unload', (event) => {
    const choice = dialog.showMessageBoxSync(window, {
      type: 'question',
      title: translate('leave.title'),
      message: translate('leave.message'),
      buttons: [translate('leave.discard'), translate('leave.stay')],
      defaultId: STAY,
      cancelId: STAY,
      noLink: true,
    });
    // Preventing Electron's default here is what lets the unload go ahead after all.
    if (choice === LEAVE) event.preventDefault();
  });
}

/** A second launch brings the running window forward instead of opening the database twice. */
export function bringToFront(window: BrowserWindow): void {
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}
