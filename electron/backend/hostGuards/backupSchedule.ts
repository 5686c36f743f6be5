import type { Backend } from '../api/createBackend';

export const BACKUP_CHECK_INTERVAL_MS = 60 * 60 * 1000;

/**
 * The host's part of automatic backups: ask the backend at start (awaited, so the day's first
 * backup exists before anything can be changed) and then every hour; the backend decides
 * whether one is due. A failed backup is logged and tried again at the next check; it never
 * stops the app. Returns the function that stops the checks (call it before closing the backend).
 */
export async function scheduleAutomaticBackups(backend: Pick<Backend, 'maintenance'>, everyMs = BACKUP_CHECK_INTERVAL_MS): Promise<() => void> {
  const check = () =>
    backend.maintenance.backupIfDue().catch((error: unknown) => {
      console.error('[handledning] automatic backup failed:', error instanceof Error ? error.stack : error);
    });
  await check();
  const timer = setInterval(() => void check(), everyMs);
  // The open window or the listening server keeps the process alive, not this timer.
  timer.unref();
  return () => clearInterval(timer);
}
