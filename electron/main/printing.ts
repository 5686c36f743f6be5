import { app, BrowserWindow, dialog, type IpcMain, type SaveDialogOptions, type WebContents } from 'electron';
import path from 'node:path';
import { apiError } from '../../shared/api/errors';
import { HOST_CHANNELS } from '../../shared/api/host';
import type { Result } from '../../shared/api/result';
import { translate } from '../../shared/i18n/translate';
import { forbiddenSender, isTrustedSender } from './ipc';
import { pickFolder } from './folderPicker';
import type { OriginCheck } from './origin';
import type { PickedFolders } from './pickedFolders';
import { isSafePdfFileName, PDF_FILE_NAME_MAX, writeFileAtomically } from './pdfFile';

// Electron has reported a user's cancel as 'cancelled', then 'canceled', now 'Print job canceled'.
const USER_CANCELLED = /\bcancell?ed\b/i;

/** The system print dialog for the page; what it prints is the print CSS's business. */
function printPage(contents: WebContents): Promise<Result<null>> {
  return new Promise((resolve) => {
    const failed = (reason: unknown) => {
      console.error('Utskriften misslyckades', reason);
      resolve({ ok: false, error: apiError('INTERNAL', 'menu.printFailed') });
    };
    try {
      contents.print({ silent: false, printBackground: true }, (printed, failureReason) => {
        if (printed || USER_CANCELLED.test(failureReason)) resolve({ ok: true, value: null });
        else failed(failureReason);
      });
    } catch (error) {
      failed(error);
    }
  });
}

function invalidFileName(): Result<never> {
  const message = translate('menu.pdfFileNameInvalid', { max: PDF_FILE_NAME_MAX });
  return { ok: false, error: { code: 'VALIDATION', message, fields: { fileName: message } } };
}

async function askWhereToSave(contents: WebContents, fileName: string): Promise<string | null> {
  const options: SaveDialogOptions = {
    title: translate('menu.savePdfTitle'),
    defaultPath: path.join(app.getPath('documents'), fileName),
    filters: [{ name: translate('menu.pdfFilterName'), extensions: ['pdf'] }],
  };
  // Attached to the window, so the dialog is modal to it and cannot end up behind it.
  const window = BrowserWindow.fromWebContents(contents);
  const choice = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
  return choice.canceled || !choice.filePath ? null : choice.filePath;
}

/** Asks where, then renders the page as an A4 PDF and writes it there; nothing is shown for a bad name. */
async function savePageAsPdf(contents: WebContents, fileName: unknown): Promise<Result<{ path: string | null }>> {
  if (!isSafePdfFileName(fileName)) return invalidFileName();
  let target: string | null;
  let pdf: Uint8Array;
  try {
    target = await askWhereToSave(contents, fileName);
    if (target === null) return { ok: true, value: { path: null } };
    pdf = await contents.printToPDF({ pageSize: 'A4', printBackground: true, landscape: false, preferCSSPageSize: true });
  } catch (error) {
    console.error('PDF-filen kunde inte skapas', error);
    return { ok: false, error: apiError('INTERNAL', 'menu.pdfFailed') };
  }
  try {
    await writeFileAtomically(target, pdf);
  } catch (error) {
    console.error('PDF-filen kunde inte sparas', error);
    return { ok: false, error: apiError('STORAGE', 'menu.pdfWriteFailed', { folder: path.dirname(target) }) };
  }
  return { ok: true, value: { path: target } };
}

/**
 * The desktop-only HostBridge (print, savePdf, pickFolder), behind the same sender check as
 * the API: only the app's own top-level page may open dialogs or write files. Returns the remover.
 */
export function registerHostHandlers(ipcMain: IpcMain, isTrusted: OriginCheck, picked: PickedFolders): () => void {
  ipcMain.handle(HOST_CHANNELS.print, async (event): Promise<Result<null>> => {
    if (!isTrustedSender(event, isTrusted)) return forbiddenSender();
    return printPage(event.sender);
  });
  ipcMain.handle(HOST_CHANNELS.savePdf, async (event, fileName: unknown): Promise<Result<{ path: string | null }>> => {
    if (!isTrustedSender(event, isTrusted)) return forbiddenSender();
    return savePageAsPdf(event.sender, fileName);
  });
  ipcMain.handle(HOST_CHANNELS.pickFolder, async (event, purpose: unknown): Promise<Result<{ path: string | null }>> => {
    if (!isTrustedSender(event, isTrusted)) return forbiddenSender();
    return pickFolder(event.sender, purpose, picked);
  });
  return () => {
    for (const channel of Object.values(HOST_CHANNELS)) ipcMain.removeHandler(channel);
  };
}
