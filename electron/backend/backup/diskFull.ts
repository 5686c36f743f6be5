import Database from 'better-sqlite3';

// SQLite reports a full disk as SQLITE_FULL, but on some systems as an I/O error while
// writing or syncing; Node's own file calls (backup copies) say ENOSPC or EDQUOT.
const DISK_FULL_SQLITE_CODES = new Set([
  'SQLITE_FULL',
  'SQLITE_IOERR_WRITE',
  'SQLITE_IOERR_FSYNC',
  'SQLITE_IOERR_DIR_FSYNC',
  'SQLITE_IOERR_TRUNCATE',
]);
const DISK_FULL_FS_CODES = new Set(['ENOSPC', 'EDQUOT']);

/** The disk (or the user's quota) had no room for what was being written. */
export function isDiskFull(error: unknown): boolean {
  if (error instanceof Database.SqliteError) return DISK_FULL_SQLITE_CODES.has(error.code);
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return typeof code === 'string' && DISK_FULL_FS_CODES.has(code);
}
