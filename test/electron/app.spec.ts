import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { METHOD_NAMES } from '../../shared/api/methods';
import { translate } from '../../shared/i18n/translate';
import { ELECTRON_SKIP_REASON, electronBinary } from './electronBinary';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const executablePath = electronBinary();

/** What the page may find on window: Node's globals must not be there, the bridges must. */
type PageGlobals = Window & { require?: unknown; process?: unknown; handledning?: object; handledningHost?: object };

test.describe('the desktop app', () => {
  test.skip(executablePath === null, ELECTRON_SKIP_REASON);

  let app: ElectronApplication;
  let page: Page;

  test.beforeAll(async () => {
    const { ELECTRON_RUN_AS_NODE: _runAsNode, ...env } = process.env;
    app = await electron.launch({
      executablePath: executablePath!,
      // The project folder: Electron reads package.json, whose main is dist/electron/main.cjs.
      args: [root],
      env: {
        ...env,
        HANDLEDNING_DATA_DIR: mkdtempSync(path.join(tmpdir(), 'handledning-electron-')),
        HANDLEDNING_TODAY: '2026-04-20',
      },
    });
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

  test('the page sees exactly print and savePdf on window.handledningHost', async () => {
    const exposed = await page.evaluate(() => Object.keys((window as PageGlobals).handledningHost ?? {}).sort());
    expect(exposed).toEqual(['print', 'savePdf']);
  });

  test('window.open is denied', async () => {
    const opened = await page.evaluate(() => window.open('https://example.com/') === null);
    expect(opened).toBe(true);
    expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
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
