import { Menu, type MenuItemConstructorOptions } from 'electron';
import { translate } from '../../shared/i18n/translate';

export interface MenuContext {
  /** Developer tools are for development; an installed app does not offer them. */
  isPackaged: boolean;
  platform: NodeJS.Platform;
}

const separator: MenuItemConstructorOptions = { type: 'separator' };

/** The Swedish app menu. Roles give each item its native behaviour and shortcut. */
export function appMenuTemplate({ isPackaged, platform }: MenuContext): MenuItemConstructorOptions[] {
  const isMac = platform === 'darwin';
  const macAppMenu: MenuItemConstructorOptions = {
    label: translate('menu.app'),
    submenu: [
      { role: 'about', label: translate('menu.about') },
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
    submenu: [{ role: 'about', label: translate('menu.about') }],
  };
  return isMac ? [macAppMenu, file, edit, view, window, help] : [file, edit, view, help];
}

export function installAppMenu(context: MenuContext): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(appMenuTemplate(context)));
}
