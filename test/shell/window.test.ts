import { describe, expect, it, vi } from 'vitest';
import { bringToFront, createMainWindow, mainWindowOptions } from '../../electron/main/window';
import type { FakeBrowserWindow } from './fakeElectron';
import { fake } from './fakeElectron';

vi.mock('electron', async () => (await import('./fakeElectron')).fake);

const PRELOAD = '/app/dist/electron/preload.cjs';

describe('the main window', () => {
  it('is locked down: isolated, sandboxed, no Node, web security on', () => {
    const { webPreferences } = mainWindowOptions(PRELOAD);
    expect(webPreferences).toMatchObject({
      preload: PRELOAD,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
    });
  });

  it('is titled Handledning, has a usable minimum size and stays hidden until painted', () => {
    const options = mainWindowOptions(PRELOAD);
    expect(options.title).toBe('Handledning');
    expect(options.minWidth).toBeGreaterThanOrEqual(800);
    expect(options.minHeight).toBeGreaterThanOrEqual(500);
    expect(options.show).toBe(false);
  });

  it('is created with those options, loads the entry page and shows itself when ready to show', () => {
    const window = createMainWindow(PRELOAD, 'app://handledning/index.html') as unknown as FakeBrowserWindow;
    expect(window.options).toEqual(mainWindowOptions(PRELOAD));
    expect(window.loadedUrl).toBe('app://handledning/index.html');
    expect(window.visible).toBe(false);
    window.emit('ready-to-show');
    expect(window.visible).toBe(true);
  });

  it.each([
    ['Lämna utan att spara', 0, true],
    ['Stanna kvar', 1, false],
  ])('asks in Swedish before a reload or close loses unsaved changes: "%s" (button %i) unloads: %s', (_button, pressed, unloads) => {
    const window = createMainWindow(PRELOAD, 'app://handledning/index.html') as unknown as FakeBrowserWindow;
    fake.dialog.showMessageBoxSync.mockReturnValueOnce(pressed);
    const event = { preventDefault: vi.fn() };
    window.webContents.emit('will-prevent-unload', event);
    expect(fake.dialog.showMessageBoxSync).toHaveBeenCalledWith(
      window,
      expect.objectContaining({
        title: 'Osparade ändringar',
        message: 'Det du har ändrat är inte sparat. Vill du lämna ändå?',
        buttons: ['Lämna utan att spara', 'Stanna kvar'],
        defaultId: 1,
        cancelId: 1,
      }),
    );
    // Electron unloads only when its default (staying) is prevented.
    expect(event.preventDefault).toHaveBeenCalledTimes(unloads ? 1 : 0);
  });

  it('is restored and focused when the user starts the app a second time', () => {
    const window = new fake.BrowserWindow({});
    window.minimized = true;
    bringToFront(window as never);
    expect(window.minimized).toBe(false);
    expect(window.focused).toBe(true);
  });
});
