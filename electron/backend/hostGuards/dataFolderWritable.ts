import { randomBytes } from 'node:crypto';
import { closeSync, openSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';
import { translate, type MessageKey } from '../../../shared/i18n/translate';

// A data folder or database file the app cannot write is refused at start with one plain
// line. Without this check the hosts would show a raw EROFS/EACCES stack, or worse, SQLite
// would quietly open a write-protected database read-only and every save would fail later.

/** The data folder or the database file cannot be written: read-only disk, or no permission. */
export class DataFolderReadOnlyError extends Error {
  override readonly name = 'DataFolderReadOnlyError';
  constructor(
    key: Extract<MessageKey, 'error.dataFolder.readOnly' | 'error.database.readOnly'>,
    readonly place: string,
  ) {
    super(translate(key, { place }));
  }
}

/** What the operating system says when it will not let this process write there. */
const NOT_WRITABLE = new Set(['EROFS', 'EACCES', 'EPERM']);

const isNotWritable = (error: unknown) => NOT_WRITABLE.has((error as NodeJS.ErrnoException | null)?.code ?? '');

/**
 * Creates the folder (through `create`) and writes, then removes, a small file in it: only
 * a real write shows a read-only mount or a folder shared without write permission
 * (permission bits alone do not stop an administrator, nor tell of a read-only disk).
 */
export function refuseReadOnlyDataFolder(dataDir: string, create: () => void): void {
  const probe = path.join(dataDir, `handledning.write-check.${randomBytes(6).toString('hex')}.tmp`);
  try {
    create();
    const fd = openSync(probe, 'wx');
    try {
      writeSync(fd, 'x');
    } finally {
      closeSync(fd);
    }
    rmSync(probe);
  } catch (error) {
    if (isNotWritable(error)) throw new DataFolderReadOnlyError('error.dataFolder.readOnly', dataDir);
    throw error;
  }
}

/**
 * An existing database file is opened for writing, and closed, without a byte written.
 * Only before SQLite opens the file: on POSIX, closing any handle to a file drops the
 * process's SQLite locks on it.
 */
export function refuseReadOnlyDatabaseFile(file: string): void {
  let fd: number;
  try {
    fd = openSync(file, 'r+');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    if (isNotWritable(error)) throw new DataFolderReadOnlyError('error.database.readOnly', file);
    throw error;
  }
  closeSync(fd);
}
