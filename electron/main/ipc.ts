import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { apiError } from '../../shared/api/errors';
import { ipcChannel, METHOD_NAMES, type MethodName } from '../../shared/api/methods';
import type { Result } from '../../shared/api/result';
import type { OriginCheck } from './origin';
import type { PickedFolders } from './pickedFolders';

/** The backend as main sees it: it validates input itself, before any handler runs. */
export interface ApiDispatcher {
  dispatch(method: MethodName, input: unknown): Promise<Result<unknown>>;
}

/**
 * Only the app's own top-level page may call the API (after VS Code's validatedIpcMain):
 * not an iframe, not a page the window was somehow navigated to.
 */
export function isTrustedSender(event: IpcMainInvokeEvent, isTrusted: OriginCheck): boolean {
  const frame = event.senderFrame;
  if (!frame || frame.parent !== null) return false;
  return isTrusted(frame.url);
}

/** The answer to a sender that failed isTrustedSender, on every channel main handles. */
export function forbiddenSender(): Result<never> {
  return { ok: false, error: apiError('FORBIDDEN_SENDER', 'error.forbiddenSender') };
}

/**
 * Registers one handler per contract method; returns the function that removes them all.
 * A folder reaches the backend only if the system dialog gave it to this window (`picked`).
 */
export function registerApiHandlers(ipcMain: IpcMain, backend: ApiDispatcher, isTrusted: OriginCheck, picked: PickedFolders): () => void {
  for (const method of METHOD_NAMES) {
    ipcMain.handle(ipcChannel(method), async (event, input: unknown): Promise<Result<unknown>> => {
      if (!isTrustedSender(event, isTrusted)) return forbiddenSender();
      const notPicked = picked.refusal(event.sender, method, input);
      if (notPicked) return notPicked;
      try {
        return await backend.dispatch(method, input);
      } catch (error) {
        // A throw would reach the renderer as a bare rejected promise; it expects a Result.
        console.error(`${method} misslyckades`, error);
        return { ok: false, error: apiError('INTERNAL', 'error.internal') };
      }
    });
  }
  return () => {
    for (const method of METHOD_NAMES) ipcMain.removeHandler(ipcChannel(method));
  };
}
