import { linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { HOST_CHANNELS } from '../../shared/api/host';
import type { Result } from '../../shared/api/result';
import { contentSource, trustedOriginCheck } from '../../electron/main/origin';
import { createPickedFolders } from '../../electron/main/pickedFolders';
import { registerHostHandlers } from '../../electron/main/printing';
import type { FakeBrowserWindow } from './fakeElectron';
import { fake, invokeEvent, resetFake } from './fakeElectron';

vi.mock('electron', async () => (await import('./fakeElectron')).fake);

const isTrusted = trustedOriginCheck(contentSource(true, {}));
const APP_PAGE = 'app://handledning/index.html';
const FORM_NAME = 'Debiteringsunderlag Hemtjänst Norr november 2026.pdf';
const FORBIDDEN = {
  ok: false,
  error: { code: 'FORBIDDEN_SENDER', message: 'Begäran kom inte från Handledningens eget fönster och avvisades.' },
};

let window: FakeBrowserWindow;
let folder: string;
let remove: () => void;

beforeEach(() => {
  resetFake();
  remove = registerHostHandlers(fake.ipcMain as never, isTrusted, createPickedFolders());
  window = new fake.BrowserWindow({});
  folder = mkdtempSync(path.join(tmpdir(), 'handledning-pdf-'));
});

const fromApp = () => invokeEvent(APP_PAGE, { sender: window.webContents });
const print = (event: object = fromApp()) => fake.ipcMain.handlers.get(HOST_CHANNELS.print)!(event) as Promise<Result<null>>;
const savePdf = (fileName: unknown, event: object = fromApp()) =>
  fake.ipcMain.handlers.get(HOST_CHANNELS.savePdf)!(event, fileName) as Promise<Result<{ path: string | null }>>;
const userChooses = (filePath: string) => fake.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath });
const quietly = async <T>(action: () => Promise<T>): Promise<T> => {
  const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
  try {
    return await action();
  } finally {
    quiet.mockRestore();
  }
};

describe('the host channels', () => {
  it('registers print and save-as-PDF, and removes them again', () => {
    expect([...fake.ipcMain.handlers.keys()].sort()).toEqual(Object.values(HOST_CHANNELS).sort());
    remove();
    expect(fake.ipcMain.handlers.size).toBe(0);
  });

  it.each([
    ['a foreign web page', { url: 'https://example.com/' }],
    ['a local file', { url: 'file:///home/anna/evil.html' }],
    ['an iframe inside the app’s page', { url: APP_PAGE, subframe: true }],
    ['a frame that is already gone', { url: APP_PAGE, noFrame: true }],
  ])('refuses %s without printing or asking where to save', async (_who, { url, ...options }) => {
    const event = invokeEvent(url, { ...options, sender: window.webContents });
    await expect(print(event)).resolves.toEqual(FORBIDDEN);
    await expect(savePdf(FORM_NAME, event)).resolves.toEqual(FORBIDDEN);
    expect(window.webContents.print).not.toHaveBeenCalled();
    expect(window.webContents.printToPDF).not.toHaveBeenCalled();
    expect(fake.dialog.showSaveDialog).not.toHaveBeenCalled();
  });
});

describe('Skriv ut', () => {
  it('opens the system print dialog for the sending page, backgrounds included', async () => {
    await expect(print()).resolves.toEqual({ ok: true, value: null });
    expect(window.webContents.print).toHaveBeenCalledExactlyOnceWith({ silent: false, printBackground: true }, expect.any(Function));
  });

  it.each(['Print job canceled', 'canceled', 'cancelled'])('a print the user cancels is no error (%s)', async (reason) => {
    window.webContents.printOutcome = [false, reason];
    await expect(print()).resolves.toEqual({ ok: true, value: null });
  });

  it('a printer that fails answers with a Swedish internal error', async () => {
    window.webContents.printOutcome = [false, 'Print job failed'];
    await expect(quietly(print)).resolves.toEqual({
      ok: false,
      error: { code: 'INTERNAL', message: 'Utskriften kunde inte genomföras. Kontrollera skrivaren och försök igen.' },
    });
  });
});

describe('Spara som PDF', () => {
  it.each([
    ['a path up and out', '../x.pdf'],
    ['a subfolder', 'a/b.pdf'],
    ['a Windows subfolder', 'a\\b.pdf'],
    ['another kind of file', 'x.txt'],
    ['a drive-like colon', 'con:.pdf'],
    ['a Windows device name', 'CON.pdf'],
    ['a name that is only the extension', '.pdf'],
    ['an empty name', ''],
    ['a name longer than 150 characters', `${'x'.repeat(147)}.pdf`],
    ['a character Windows forbids', 'underlag?.pdf'],
    ['something that is not a name', 42],
  ])('refuses %s before showing anything', async (_what, fileName) => {
    const result = await savePdf(fileName);
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { fileName: expect.stringContaining('.pdf') } } });
    expect(!result.ok && result.error.message).toContain('högst 150 tecken');
    expect(fake.dialog.showSaveDialog).not.toHaveBeenCalled();
    expect(window.webContents.printToPDF).not.toHaveBeenCalled();
  });

  it('accepts a name of exactly 150 characters', async () => {
    await expect(savePdf(`${'x'.repeat(146)}.pdf`)).resolves.toEqual({ ok: true, value: { path: null } });
    expect(fake.dialog.showSaveDialog).toHaveBeenCalledTimes(1);
  });

  it('asks over the app’s window, in Swedish, suggesting the name in the Documents folder', async () => {
    await savePdf(FORM_NAME);
    expect(fake.dialog.showSaveDialog).toHaveBeenCalledExactlyOnceWith(window, {
      title: 'Spara debiteringsunderlaget som PDF',
      defaultPath: path.join(fake.app.getPath('documents'), FORM_NAME),
      filters: [{ name: 'PDF-dokument', extensions: ['pdf'] }],
    });
  });

  it('the user cancels: no PDF is made and nothing is written', async () => {
    await expect(savePdf(FORM_NAME)).resolves.toEqual({ ok: true, value: { path: null } });
    expect(window.webContents.printToPDF).not.toHaveBeenCalled();
    expect(readdirSync(folder)).toEqual([]);
  });

  it('writes exactly the A4 PDF the page printed to the chosen file, and leaves no temporary file', async () => {
    const chosen = path.join(folder, FORM_NAME);
    userChooses(chosen);
    await expect(savePdf(FORM_NAME)).resolves.toEqual({ ok: true, value: { path: chosen } });
    expect(window.webContents.printToPDF).toHaveBeenCalledExactlyOnceWith({
      pageSize: 'A4',
      printBackground: true,
      landscape: false,
      preferCSSPageSize: true,
    });
    expect(readFileSync(chosen).equals(Buffer.from(window.webContents.pdfBytes))).toBe(true);
    expect(readdirSync(folder)).toEqual([FORM_NAME]);
  });

  it('replaces an existing file whole through a temporary file, never writing into the old one', async () => {
    const chosen = path.join(folder, FORM_NAME);
    const otherName = path.join(folder, 'samma fil.pdf');
    writeFileSync(chosen, 'version 1');
    // A second name for the same bytes on disk: writing in place would change it too.
    linkSync(chosen, otherName);
    userChooses(chosen);
    await expect(savePdf(FORM_NAME)).resolves.toMatchObject({ ok: true });
    expect(readFileSync(chosen).equals(Buffer.from(window.webContents.pdfBytes))).toBe(true);
    expect(readFileSync(otherName, 'utf8')).toBe('version 1');
    expect(readdirSync(folder).sort()).toEqual([FORM_NAME, 'samma fil.pdf'].sort());
  });

  it('a folder that cannot be written answers with a Swedish storage error and leaves nothing behind', async () => {
    const missing = path.join(folder, 'borttagen');
    userChooses(path.join(missing, FORM_NAME));
    const result = await quietly(() => savePdf(FORM_NAME));
    expect(result).toMatchObject({ ok: false, error: { code: 'STORAGE' } });
    expect(!result.ok && result.error.message).toBe(
      `PDF-filen kunde inte sparas i ${missing}. Kontrollera att du får spara i mappen och att filen inte är öppen i ett annat program. Ingen fil har skrivits över.`,
    );
    expect(readdirSync(folder)).toEqual([]);
  });

  it('a name that cannot take the file keeps what is there and removes the temporary file', async () => {
    const occupied = path.join(folder, FORM_NAME);
    mkdirSync(occupied);
    userChooses(occupied);
    await expect(quietly(() => savePdf(FORM_NAME))).resolves.toMatchObject({ ok: false, error: { code: 'STORAGE' } });
    expect(statSync(occupied).isDirectory()).toBe(true);
    expect(readdirSync(folder)).toEqual([FORM_NAME]);
  });

  it('a page that cannot be printed to PDF answers with a Swedish internal error and writes nothing', async () => {
    userChooses(path.join(folder, FORM_NAME));
    window.webContents.printToPDF.mockRejectedValueOnce(new Error('renderer gone'));
    await expect(quietly(() => savePdf(FORM_NAME))).resolves.toEqual({
      ok: false,
      error: { code: 'INTERNAL', message: 'PDF-filen kunde inte skapas. Inget har sparats. Försök igen eller skriv ut underlaget i stället.' },
    });
    expect(readdirSync(folder)).toEqual([]);
  });
});
