import type { WebContents } from 'electron';
import type { ParsedInput } from '../../shared/api/contract';
import { apiError } from '../../shared/api/errors';
import type { HostBridge } from '../../shared/api/host';
import type { MethodName } from '../../shared/api/methods';
import type { Result } from '../../shared/api/result';

export type FolderPurpose = Parameters<HostBridge['pickFolder']>[0];

/** Every contract method whose input names a folder: each is found here by its type. */
type FolderMethod = { [M in MethodName]: ParsedInput<M> extends { folder: infer Folder } ? (unknown extends Folder ? never : M) : never }[MethodName];

/**
 * Which folder pick each path-taking method needs. A method added to the contract with a
 * `folder` input is a compile error here until it says which pick it takes.
 */
export const FOLDER_METHODS: Record<FolderMethod, FolderPurpose> = {
  'backups.saveCopy': 'backupCopy',
  'backups.setFolder': 'backupFolder',
  'recovery.saveDamagedCopy': 'damagedCopy',
};

function folderPurpose(method: MethodName): FolderPurpose | null {
  return Object.hasOwn(FOLDER_METHODS, method) ? FOLDER_METHODS[method as FolderMethod] : null;
}

/**
 * The folders the system dialog gave each window, per purpose. A path reaches the backend
 * from the desktop only this way: a page that was tricked (or a script in it) cannot make the
 * app write copies, or point its backups, anywhere the user did not pick themselves. Each
 * pick is used once: the renderer sends it right after the dialog, and a second use would
 * need a second pick. Keyed by the window's WebContents, so one window's pick is not another's.
 */
export function createPickedFolders() {
  const picks = new WeakMap<WebContents, Map<FolderPurpose, string>>();

  return {
    /** What the dialog answered: the newest pick for a purpose replaces an older one. */
    remember(contents: WebContents, purpose: FolderPurpose, folder: string): void {
      const forWindow = picks.get(contents) ?? new Map<FolderPurpose, string>();
      forWindow.set(purpose, folder);
      picks.set(contents, forWindow);
    },

    /**
     * Null when `input` may go to the backend; else the refusal. A method without a folder
     * passes, as does `folder: null` (back to the default backup folder names no path). Any
     * other folder must be the one picked for this method's purpose in this window; the pick
     * is spent either way, so a guessed path costs the page its pick.
     */
    refusal(contents: WebContents, method: MethodName, input: unknown): Result<never> | null {
      const purpose = folderPurpose(method);
      if (purpose === null) return null;
      const folder = typeof input === 'object' && input !== null && 'folder' in input ? input.folder : undefined;
      if (folder === null && method === 'backups.setFolder') return null;
      const picked = picks.get(contents)?.get(purpose);
      picks.get(contents)?.delete(purpose);
      if (picked !== undefined && folder === picked) return null;
      return { ok: false, error: apiError('FOLDER_NOT_PICKED', 'error.folderNotPicked') };
    },
  };
}

export type PickedFolders = ReturnType<typeof createPickedFolders>;
