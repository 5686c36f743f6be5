import type { Result } from './result';

/**
 * What only the desktop host can do for the page, beside the backend contract: the system
 * print dialog and saving the page as an A4 PDF. The preload exposes it as
 * `window.handledningHost`; browser mode has none, and the page prints through the browser.
 */
export interface HostBridge {
  /** Opens the system print dialog for the current page; the print CSS decides what is printed. */
  print(): Promise<Result<null>>;
  /** Asks where to save (suggesting `fileName`), writes the page as an A4 PDF. Null path: the user cancelled. */
  savePdf(fileName: string): Promise<Result<{ path: string | null }>>;
  /** The system folder picker (for "Spara en kopia som…" and the backup folder). Null: cancelled. */
  pickFolder(purpose: 'backupCopy' | 'backupFolder' | 'damagedCopy'): Promise<Result<{ path: string | null }>>;
}

export const HOST_CHANNELS = { print: 'host:print', savePdf: 'host:savePdf', pickFolder: 'host:pickFolder' } as const;

/**
 * The window event "Om Handledning" in the app menu sends to the page (main runs it in the
 * page with executeJavaScript): the page shows its own dialog, the same one its link opens.
 * An event, not a channel: it carries nothing and asks the page for nothing back.
 */
export const SHOW_ABOUT_EVENT = 'handledning:showAbout';
