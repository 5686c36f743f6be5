import { BrowserWindow, Menu, type BaseWindow, type MenuItemConstructorOptions } from 'electron';
import { SHOW_ABOUT_EVENT } from '../../shared/api/host';
import { translate } from '../../shared/i18n/translate';

export interface MenuContext {
  /** Developer tools are for development; an installed app does not offer them. */
  isPackaged: boolean;
  platform: NodeJS.Platform;
}

const separator: MenuItemConstructorOptions = { type: 'separator' };

/**
 * "Om Handledning" asks the page for its own dialog (version, database file, backup folder,
 * which only the backend knows), rather than the native panel that shows only the version.
 */
export function showAbout(window: BaseWindow | undefined): void {
  const open = BrowserWindow.getAllWindows();
  const target = open.find((candidate) => candidate === window) ?? open[0];
  target?.webContents.executeJavaScript(`window.dispatchEvent(new Event(${JSON.stringify(SHOW_ABOUT_EVENT)}))`).catch((error: unknown) => {
    console.error('Om Handledning kunde inte visas', error);
  });
}

const about: MenuItemConstructorOptions = { label: translate('menu.about'), click: (_item, window) => showAbout(window) };

/** The Swedish app menu. Roles give each item its native behaviour and shortcut. */
export function appMenuTemplate({ isPackaged, platform }: MenuContext): MenuItemConstructorOptions[] {
  const isMac = platform === 'darwin';
  const macAppMenu: MenuItemConstructorOptions = {
    label: translate('menu.app'),
    submenu: [
      about,
      separator,
      { role: 'services', label: translate('menu.services') },
      separator,
      { role: 'hide', label: translate('menu.hide') },
      { role: 'hideOthers', label: translate('menu.hideOthers') },
      { role: 'unhide', label: translate('menu.unhide') },
      separator,
      { role: 'quit', label: translate('menu.quitApp') },
    ],
  };
  const file: MenuItemConstructorOptions = {
    label: translate('menu.file'),
    submenu: [isMac ? { role: 'close', label: translate('menu.closeWindow') } : { role: 'quit', label: translate('menu.quit') }],
  };
  const edit: MenuItemConstructorOptions = {
    label: translate('menu.edit'),
    submenu: [
      { role: 'undo', label: translate('menu.undo') },
      { role: 'redo', label: translate('menu.redo') },
      separator,
      { role: 'cut', label: translate('menu.cut') },
      { role: 'copy', label: translate('menu.copy') },
      { role: 'paste', label: translate('menu.paste') },
      { role: 'selectAll', label: translate('menu.selectAll') },
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: translate('menu.view'),
    submenu: [
      { role: 'zoomIn', label: translate('menu.zoomIn') },
      { role: 'zoomOut', label: translate('menu.zoomOut') },
      { role: 'resetZoom', label: translate('menu.resetZoom') },
      separator,
      { role: 'togglefullscreen', label: translate('menu.toggleFullScreen') },
      ...(isPackaged ? [] : [separator, { role: 'toggleDevTools', label: translate('menu.toggleDevTools') } as const]),
    ],
  };
  const window: MenuItemConstructorOptions = {
    label: translate('menu.window'),
    submenu: [{ role: 'minimize', label: translate('menu.minimize') }],
  };
  const help: MenuItemConstructorOptions = {
    label: translate('menu.help'),
    submenu: [about],
  };
  return isMac ? [macAppMenu, file, edit, view, window, help] : [file, edit, view, help];
}

export function installAppMenu(context: MenuContext): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(appMenuTemplate(context)));
}
