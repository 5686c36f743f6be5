import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Result } from '../../shared/api/result';
import { METHOD_NAMES } from '../../shared/api/methods';
import { translate } from '../../shared/i18n/translate';
import { openView, setUpNorrWithDefaults } from '../e2e/steps';
import { ELECTRON_SKIP_REASON, electronBinary } from './electronBinary';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
// The packaged layout when given (the executable `electron-builder --dir` makes), else
// Electron itself on the built dist/electron main.
const packaged = process.env.HANDLEDNING_PACKAGED_EXECUTABLE;
const executablePath = packaged && existsSync(packaged) ? packaged : electronBinary();
const appArgs = packaged && existsSync(packaged) ? [] : [root];

/** What the page may find on window: Node's globals must not be there, the bridges must. */
type PageGlobals = Window & { require?: unknown; process?: unknown; handledning?: object; handledningHost?: object };

/** The bridges as the page calls them, loosely typed: the tests send what a tricked page might. */
type Bridges = {
  handledning: Record<string, (input: unknown) => Promise<Result<unknown>>>;
  handledningHost: Record<string, (...args: unknown[]) => Promise<Result<unknown>>>;
};

test.describe('the desktop app', () => {
  test.skip(executablePath === null, ELECTRON_SKIP_REASON);
  // One app through the steps a new user takes: a failed step skips the ones after it.
  test.describe.configure({ mode: 'serial' });

  let app: ElectronApplication;
  let page: Page;
  let env: Record<string, string>;

  test.beforeAll(async () => {
    const { ELECTRON_RUN_AS_NODE: _runAsNode, ...inherited } = process.env;
    const defined = Object.entries(inherited).filter((entry): entry is [string, string] => entry[1] !== undefined);
    // A fresh data folder: the first-run guide, and a lock no other instance holds.
    env = {
      ...Object.fromEntries(defined),
      HANDLEDNING_DATA_DIR: mkdtempSync(path.join(tmpdir(), 'handledning-electron-')),
      HANDLEDNING_TODAY: '2026-04-20',
    };
    // Without the packaged executable: the project folder, whose package.json main is dist/electron/main.cjs.
    app = await electron.launch({ executablePath: executablePath!, args: appArgs, env });
    page = await app.firstWindow();
  });

  test.afterAll(async () => {
    await app?.close();
  });

  test('opens one window titled Handledning on the app’s own origin', async () => {
    const title = await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.getTitle());
    expect(title).toContain('Handledning');
    expect(page.url()).toMatch(/^app:\/\/handledning\//);
  });

  test('greets a new user with the first-run guide', async () => {
    await expect(page.getByRole('heading', { name: translate('setup.title') })).toBeVisible();
  });

  test('the page has no Node: no require, no process', async () => {
    const globals = await page.evaluate(() => [typeof (window as PageGlobals).require, typeof (window as PageGlobals).process]);
    expect(globals).toEqual(['undefined', 'undefined']);
  });

  test('the page sees exactly the contract’s methods on window.handledning', async () => {
    const exposed = await page.evaluate(() => Object.keys((window as PageGlobals).handledning ?? {}).sort());
    expect(exposed).toEqual([...METHOD_NAMES].sort());
  });

  test('the page sees exactly print, savePdf and pickFolder on window.handledningHost', async () => {
    const exposed = await page.evaluate(() => Object.keys((window as PageGlobals).handledningHost ?? {}).sort());
    expect(exposed).toEqual(['pickFolder', 'print', 'savePdf']);
  });

  test('every window is isolated and sandboxed, with no Node integration', async () => {
    const preferences = await app.evaluate(({ BrowserWindow }) =>
      BrowserWindow.getAllWindows().map((window) => {
        // Electron has it on every WebContents, but its typings leave it out.
        const contents = window.webContents as typeof window.webContents & { getLastWebPreferences(): Electron.WebPreferences | null };
        const last = contents.getLastWebPreferences();
        return { contextIsolation: last?.contextIsolation, sandbox: last?.sandbox, nodeIntegration: last?.nodeIntegration };
      }),
    );
    expect(preferences.length).toBeGreaterThan(0);
    for (const each of preferences) expect(each).toEqual({ contextIsolation: true, sandbox: true, nodeIntegration: false });
  });

  test('navigating to another origin is blocked: the window stays on the app', async () => {
    await page.evaluate(() => {
      window.location.href = 'https://example.com/';
    });
    // A round trip through the page after the attempt: a navigation that went through would have replaced it.
    expect(await page.evaluate(() => window.location.protocol)).toBe('app:');
    expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.webContents.getURL())).toMatch(/^app:\/\/handledning\//);
  });

  test('window.open is denied', async () => {
    const opened = await page.evaluate(() => window.open('https://example.com/') === null);
    expect(opened).toBe(true);
    expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
  });

  test('the first-run guide takes the new user to Planering', async () => {
    await setUpNorrWithDefaults(page, page.url());
  });

  test('a second launch exits at once and brings the first window forward', async () => {
    await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.minimize());
    const second = spawn(executablePath!, appArgs, { env, stdio: 'ignore' });
    const exitCode = await new Promise<number | null>((resolve) => second.once('exit', resolve));
    expect(exitCode).toBe(0);
    await expect.poll(() => app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.isMinimized())).toBe(false);
    expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
  });

  test('Spara som PDF writes the billing form where the save dialog says', async () => {
    const target = path.join(mkdtempSync(path.join(tmpdir(), 'handledning-electron-pdf-')), 'underlag.pdf');
    // The system dialog cannot be clicked by a test: it answers with the target instead.
    await app.evaluate(({ dialog }, filePath) => {
      dialog.showSaveDialog = () => Promise.resolve({ canceled: false, filePath });
    }, target);
    await openView(page, translate('nav.billing'));
    await page.getByRole('button', { name: translate('billing.savePdf') }).click();
    await expect.poll(() => existsSync(target)).toBe(true);
    expect(readFileSync(target).subarray(0, 5).toString()).toBe('%PDF-');
  });

  test('a folder reaches the backend only from the folder dialog', async () => {
    const usb = mkdtempSync(path.join(tmpdir(), 'handledning-electron-usb-'));
    // A page that names a folder itself is refused, and nothing is written there.
    const typed = await page.evaluate((folder) => (window as unknown as Bridges).handledning['backups.saveCopy']!({ folder }), usb);
    expect(typed).toMatchObject({ ok: false, error: { code: 'FOLDER_NOT_PICKED' } });
    expect(readdirSync(usb)).toEqual([]);

    await app.evaluate(({ dialog }, folder) => {
      dialog.showOpenDialog = () => Promise.resolve({ canceled: false, filePaths: [folder] });
    }, usb);
    const picked = await page.evaluate(() => (window as unknown as Bridges).handledningHost['pickFolder']!('backupCopy'));
    expect(picked).toEqual({ ok: true, value: { path: usb } });
    const saved = await page.evaluate((folder) => (window as unknown as Bridges).handledning['backups.saveCopy']!({ folder }), usb);
    expect(saved).toMatchObject({ ok: true });
    expect(readdirSync(usb).filter((name) => name.endsWith('.sqlite'))).toHaveLength(1);
    // Used once: the same folder again needs a new pick.
    const again = await page.evaluate((folder) => (window as unknown as Bridges).handledning['backups.saveCopy']!({ folder }), usb);
    expect(again).toMatchObject({ ok: false, error: { code: 'FOLDER_NOT_PICKED' } });
  });

  test('Hjälp › Om Handledning opens the app’s dialog with the version and where the data lives', async () => {
    await app.evaluate(({ Menu }, label) => {
      const about = Menu.getApplicationMenu()
        ?.items.flatMap((item) => item.submenu?.items ?? [])
        .find((item) => item.label === label);
      about?.click();
    }, translate('menu.about'));
    const dialog = page.getByRole('dialog', { name: translate('about.title') });
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText(path.join(env['HANDLEDNING_DATA_DIR']!, 'handledning.sqlite'));
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
  });

  test('the content security policy forbids eval', async () => {
    const outcome = await page.evaluate(() => {
      try {
        return (0, eval)('"evaluated"') as string;
      } catch {
        return 'blocked';
      }
    });
    expect(outcome).toBe('blocked');
  });
});
