import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { menu as menuCatalog } from '../../shared/i18n/sv/menu';
import { SHOW_ABOUT_EVENT } from '../../shared/api/host';
import { appMenuTemplate, installAppMenu } from '../../electron/main/menu';
import { fake, resetFake } from './fakeElectron';

vi.mock('electron', async () => (await import('./fakeElectron')).fake);

const submenuOf = (item: MenuItemConstructorOptions | undefined) => (item?.submenu ?? []) as MenuItemConstructorOptions[];
const labels = (items: MenuItemConstructorOptions[]) => items.filter((i) => i.type !== 'separator').map((i) => i.label);
const allItems = (items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] => items.flatMap((item) => [item, ...allItems(submenuOf(item))]);

describe('the Swedish app menu', () => {
  it('has Arkiv, Redigera, Visa and Hjälp on Windows and Linux', () => {
    for (const platform of ['win32', 'linux'] as const) {
      const template = appMenuTemplate({ isPackaged: true, platform });
      expect(labels(template)).toEqual(['Arkiv', 'Redigera', 'Visa', 'Hjälp']);
      expect(labels(submenuOf(template[0]))).toEqual(['Avsluta']);
      expect(labels(submenuOf(template[1]))).toEqual(['Ångra', 'Gör om', 'Klipp ut', 'Kopiera', 'Klistra in', 'Markera allt']);
      expect(labels(submenuOf(template[2]))).toEqual(['Zooma in', 'Zooma ut', 'Återställ zoom', 'Helskärm']);
      expect(labels(submenuOf(template[3]))).toEqual(['Om Handledning']);
    }
  });

  it('gives each item its native role, so shortcuts and behaviour are the platform’s own', () => {
    const items = allItems(appMenuTemplate({ isPackaged: true, platform: 'linux' })).filter((i) => i.label && !i.submenu);
    expect(items.map((i) => [i.label, i.role])).toEqual([
      ['Avsluta', 'quit'],
      ['Ångra', 'undo'],
      ['Gör om', 'redo'],
      ['Klipp ut', 'cut'],
      ['Kopiera', 'copy'],
      ['Klistra in', 'paste'],
      ['Markera allt', 'selectAll'],
      ['Zooma in', 'zoomIn'],
      ['Zooma ut', 'zoomOut'],
      ['Återställ zoom', 'resetZoom'],
      ['Helskärm', 'togglefullscreen'],
      // The app's own dialog, not a role: it shows where the data lives (see below).
      ['Om Handledning', undefined],
    ]);
  });

  it('offers developer tools only in an unpackaged run', () => {
    const viewIn = (isPackaged: boolean) => labels(submenuOf(appMenuTemplate({ isPackaged, platform: 'win32' })[2]));
    expect(viewIn(true)).not.toContain('Utvecklarverktyg');
    expect(viewIn(false)).toContain('Utvecklarverktyg');
    const devTools = allItems(appMenuTemplate({ isPackaged: false, platform: 'win32' })).find((i) => i.role === 'toggleDevTools');
    expect(devTools?.label).toBe('Utvecklarverktyg');
  });

  it('has a Handledning app menu on macOS, where Arkiv closes the window', () => {
    const template = appMenuTemplate({ isPackaged: true, platform: 'darwin' });
    expect(labels(template)).toEqual(['Handledning', 'Arkiv', 'Redigera', 'Visa', 'Fönster', 'Hjälp']);
    expect(labels(submenuOf(template[0]))).toEqual([
      'Om Handledning',
      'Tjänster',
      'Göm Handledning',
      'Göm övriga',
      'Visa alla',
      'Avsluta Handledning',
    ]);
    expect(submenuOf(template[1]).map((i) => [i.label, i.role])).toEqual([['Stäng fönster', 'close']]);
  });

  it('takes every label from the Swedish catalog', () => {
    const catalogTexts = new Set<string>(Object.values(menuCatalog));
    for (const platform of ['darwin', 'win32', 'linux'] as const) {
      const shown = allItems(appMenuTemplate({ isPackaged: false, platform })).filter((i) => i.type !== 'separator');
      expect(shown.length).toBeGreaterThan(10);
      for (const item of shown) expect(catalogTexts).toContain(item.label);
    }
  });

  it('is installed as the application menu', () => {
    installAppMenu({ isPackaged: true, platform: 'linux' });
    expect(fake.Menu.setApplicationMenu).toHaveBeenCalledWith({ template: appMenuTemplate({ isPackaged: true, platform: 'linux' }) });
  });
});

describe('Om Handledning in the menu', () => {
  const aboutItems = (platform: NodeJS.Platform) =>
    allItems(appMenuTemplate({ isPackaged: true, platform })).filter((item) => item.label === 'Om Handledning');
  const click = (item: MenuItemConstructorOptions, window: unknown) =>
    (item.click as (item: unknown, window: unknown, event: unknown) => void)(item, window, {});

  it.each(['linux', 'win32', 'darwin'] as const)('on %s opens the page’s own dialog in the window it was chosen from', (platform) => {
    resetFake();
    const first = new fake.BrowserWindow({});
    const second = new fake.BrowserWindow({});
    const items = aboutItems(platform);
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) click(item, second);
    expect(first.webContents.executeJavaScript).not.toHaveBeenCalled();
    expect(second.webContents.executeJavaScript).toHaveBeenCalledTimes(items.length);
    expect(second.webContents.executeJavaScript).toHaveBeenCalledWith(`window.dispatchEvent(new Event("${SHOW_ABOUT_EVENT}"))`);
  });

  it('with no window chosen uses the app’s window; with none open does nothing', () => {
    resetFake();
    const [item] = aboutItems('linux');
    click(item!, undefined);
    const window = new fake.BrowserWindow({});
    click(item!, undefined);
    expect(window.webContents.executeJavaScript).toHaveBeenCalledOnce();
  });
});
