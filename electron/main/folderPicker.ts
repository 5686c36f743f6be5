import { BrowserWindow, dialog, type OpenDialogOptions, type WebContents } from 'electron';
import { apiError } from '../../shared/api/errors';
import type { Result } from '../../shared/api/result';
import { translate, type MessageKey } from '../../shared/i18n/translate';
import type { FolderPurpose, PickedFolders } from './pickedFolders';

/** The dialog's title says what the folder is for; the type makes every purpose have one. */
const TITLES: Record<FolderPurpose, MessageKey> = {
  backupCopy: 'menu.pickFolder.backupCopy',
  backupFolder: 'menu.pickFolder.backupFolder',
  damagedCopy: 'menu.pickFolder.damagedCopy',
};

function isFolderPurpose(purpose: unknown): purpose is FolderPurpose {
  return typeof purpose === 'string' && Object.hasOwn(TITLES, purpose);
}

/**
 * The system folder picker, modal to the asking window; the chosen folder or null for a cancel.
 * The chosen folder is remembered for this window and purpose: the one path the API takes next.
 */
export async function pickFolder(contents: WebContents, purpose: unknown, picked: PickedFolders): Promise<Result<{ path: string | null }>> {
  if (!isFolderPurpose(purpose)) return { ok: false, error: apiError('VALIDATION', 'error.validation') };
  const options: OpenDialogOptions = {
    title: translate(TITLES[purpose]),
    buttonLabel: translate('menu.pickFolder.button'),
    properties: ['openDirectory', 'createDirectory'],
  };
  try {
    const window = BrowserWindow.fromWebContents(contents);
    const choice = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
    const folder = choice.canceled ? null : (choice.filePaths[0] ?? null);
    if (folder !== null) picked.remember(contents, purpose, folder);
    return { ok: true, value: { path: folder } };
  } catch (error) {
    console.error('Mappväljaren kunde inte öppnas', error);
    return { ok: false, error: apiError('INTERNAL', 'menu.pickFolder.failed') };
  }
}
