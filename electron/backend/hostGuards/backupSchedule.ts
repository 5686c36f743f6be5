import type { Backend } from '../api/createBackend';

export const BACKUP_CHECK_INTERVAL_MS = 60 * 60 * 1000;
/** The first full check waits until the first view has had its data. */
export const FIRST_CHECK_AFTER_MS = 10 * 1000;

/**
 * The host's part of automatic backups. At start, a backup when the newest backup's name is a
 * day old: started before the host answers anything, and every call waits for it (backups
 * run exclusively), so the day's first backup exists before anything can be changed; it
 * opens no backup file, so a start with none due waits on nothing. Later, and then every hour,
 * the full check (each backup verified, rotation); the backend decides whether one is due.
 * A failed backup is logged by the backend and tried again at the next check; it never stops
 * the app. Returns the function that stops the checks (call it before closing the backend).
 */
export function scheduleAutomaticBackups(
  backend: Pick<Backend, 'maintenance'>,
  { everyMs = BACKUP_CHECK_INTERVAL_MS, firstAfterMs = FIRST_CHECK_AFTER_MS } = {},
): () => void {
  void backend.maintenance.backupAtStart();
  const check = () => void backend.maintenance.backupIfDue();
  const first = setTimeout(check, firstAfterMs);
  const timer = setInterval(check, everyMs);
  // The open window or the listening server keeps the process alive, not these timers.
  first.unref();
  timer.unref();
  return () => {
    clearTimeout(first);
    clearInterval(timer);
  };
}
