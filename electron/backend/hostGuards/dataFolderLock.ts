import Database from 'better-sqlite3';
import { rmSync, truncateSync } from 'node:fs';
import path from 'node:path';
import { translate } from '../../../shared/i18n/translate';

// One running app per data folder, whichever host: the desktop app, browser mode or a test
// all take this lock in startBackend. It is SQLite's own exclusive lock on a small empty
// file, held through an open connection: the operating system drops it when the process
// ends in any way (a crash, SIGKILL, a power cut), so nothing stale is ever left to judge,
// and no PID that came round again can keep the app from starting.
//
// The file is never written (the lock is taken by a transaction that is rolled back), so a
// crash cannot leave it half-written; and it is never deleted, because a lock file removed
// while another starter has it open would let two starters lock two different files.
// Nothing else in the process may open and close it: on POSIX, closing any handle to a file
// drops every lock the process holds on it.

export const LOCK_FILE_NAME = 'handledning.instance.lock';

/** The PID lock file of versions before this lock; harmless now, removed by the holder. */
const OLD_LOCK_FILE_NAME = 'handledning.lock';

export class DataFolderLockedError extends Error {
  override readonly name = 'DataFolderLockedError';
  constructor() {
    super(translate('error.lock.held'));
  }
}

export interface DataFolderLock {
  readonly file: string;
  /** Lets the next starter in; safe to call more than once. */
  release(): void;
}

/** Takes the data folder's lock, or throws DataFolderLockedError within LOCK_WAIT_MS. */
export function acquireDataFolderLock(dataDir: string): DataFolderLock {
  const file = path.join(dataDir, LOCK_FILE_NAME);
  let connection: Database.Database;
  try {
    connection = lockedConnection(file);
  } catch (error) {
    if (!(error instanceof Database.SqliteError && error.code === 'SQLITE_NOTADB')) throw error;
    // Only bytes someone else put there: the file's content means nothing to the lock, and
    // nobody holds it (a holder would have made this SQLITE_BUSY), so empty it and try again.
    truncateSync(file, 0);
    connection = lockedConnection(file);
  }
  rmSync(path.join(dataDir, OLD_LOCK_FILE_NAME), { force: true });
  return {
    file,
    release() {
      if (connection.open) connection.close();
    },
  };
}

/**
 * How long a starter waits on a busy lock file. Not for a holder to go (a holder keeps the lock
 * while it runs): starters at the same moment each pass through SQLite's shared lock on the way
 * to the exclusive one, and with no wait at all every one of them can meet another's and give
 * up, so that none starts. With a busy handler SQLite lets one through: it answers the others
 * SQLITE_BUSY at once where waiting would deadlock, they close, and the one waiting goes on.
 * A refused start is told at most this much later.
 */
export const LOCK_WAIT_MS = 500;

function lockedConnection(file: string): Database.Database {
  const connection = new Database(file, { timeout: LOCK_WAIT_MS });
  try {
    // MEMORY journal: no -journal file beside the lock. In EXCLUSIVE locking mode the lock a
    // transaction takes is kept after it ends, until the connection closes.
    connection.pragma('journal_mode = MEMORY');
    connection.pragma('locking_mode = EXCLUSIVE');
    connection.exec('BEGIN EXCLUSIVE; ROLLBACK');
    return connection;
  } catch (error) {
    connection.close();
    if (error instanceof Database.SqliteError && error.code === 'SQLITE_BUSY') throw new DataFolderLockedError();
    throw error;
  }
}
