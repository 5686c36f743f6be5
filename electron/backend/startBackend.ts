import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import type { IsoDate } from '../../shared/domain/types';
import { translate } from '../../shared/i18n/translate';
import { createBackend, createRecoveryBackend, type Backend } from './api/createBackend';
import { backupBeforeMigration } from './backup/beforeMigration';
import type { DamagedDatabase } from './backup/dataSafety';
import { computerNow } from './clock';
import { databasePaths } from './dataDir';
import { acquireDataFolderLock } from './hostGuards/dataFolderLock';
import { refuseReadOnlyDatabaseFile, refuseReadOnlyDataFolder } from './hostGuards/dataFolderWritable';
import { openDatabase } from './store/database';
import { APPLICATION_ID, checkProblems, readDatabaseHeader } from './store/databaseFile';
import { MIGRATIONS } from './store/migrations';

export interface StartBackendOptions {
  /** The data folder: handledning.sqlite and (by default) backups/ live there. */
  dataDir: string;
  today: () => IsoDate;
  /** The clock for backup names and ages; the computer's by default. */
  now?: () => Date;
  version: string;
  /** Replaces the backup folder setting (tests, managed installs). */
  backupFolderOverride?: string;
  /** See BackendOptions.checkEveryAnswer. */
  checkEveryAnswer?: boolean;
}

/** SQLite's verdicts on a file it cannot read as a sound database. */
const DAMAGE_CODES = new Set(['SQLITE_CORRUPT', 'SQLITE_NOTADB']);

/**
 * What the hosts call at start: checks the live database (quick_check), opens it (migrating
 * it, after a backup, if it is older) and returns the backend over it. A file that fails the
 * check, or that SQLite cannot read as a database, is left exactly as it is and the backend
 * starts in recovery mode. A database from a newer version or from another program is
 * refused as before (DatabaseFromNewerVersionError, DatabaseNotHandledningError): the hosts
 * show why and do not start.
 *
 * Before anything is opened it refuses a folder or database file that cannot be written
 * (DataFolderReadOnlyError) and takes the data folder's lock (DataFolderLockedError when
 * another host has it): here rather than in each host, so that no host can forget it. The
 * backend's close() lets the lock go; so does the end of the process, however it ends.
 */
export async function startBackend(options: StartBackendOptions): Promise<Backend> {
  refuseReadOnlyDataFolder(options.dataDir, () => mkdirSync(options.dataDir, { recursive: true }));
  const lock = acquireDataFolderLock(options.dataDir);
  try {
    const backend = await openBackend(options);
    return {
      ...backend,
      close() {
        backend.close();
        lock.release();
      },
    };
  } catch (error) {
    lock.release();
    throw error;
  }
}

async function openBackend(options: StartBackendOptions): Promise<Backend> {
  const { dataDir, today, version, backupFolderOverride, checkEveryAnswer = false } = options;
  const now = options.now ?? computerNow;
  const { file, backupDir } = databasePaths(dataDir);
  refuseReadOnlyDatabaseFile(file);
  const common = { today, now, version, dataDir, checkEveryAnswer, ...(backupFolderOverride ? { backupFolderOverride } : {}) };

  const check = checkLiveFile(file);
  if (check.state === 'damaged') return createRecoveryBackend({ ...common, damaged: check.damaged });
  let db;
  try {
    const beforeMigrating = backupBeforeMigration(backupFolderOverride ?? check.backupFolder ?? backupDir, now);
    db = await openDatabase({ file, beforeMigrating, appVersion: version });
  } catch (error) {
    if (!(error instanceof Database.SqliteError && DAMAGE_CODES.has(error.code))) throw error;
    return createRecoveryBackend({ ...common, damaged: damagedFile(file, problemOf(error), check.backupFolder) });
  }
  return createBackend({ ...common, db });
}

type LiveFileCheck =
  { state: 'unchecked'; backupFolder: null } | { state: 'sound'; backupFolder: string | null } | { state: 'damaged'; damaged: DamagedDatabase };

/**
 * The start-up check, through a read-only connection: it never writes to the file (a
 * read-write connection would checkpoint a pending -wal into it on close). Files that are
 * not ours to judge (none yet, another program's, a newer version's) are left to
 * openDatabase, which refuses them without writing.
 */
function checkLiveFile(file: string): LiveFileCheck {
  const header = readDatabaseHeader(file);
  if (!header) return { state: 'unchecked', backupFolder: null };
  // Nothing but Handledning writes this file: bytes that are not SQLite at all are damage.
  if (!header.isSqlite) return { state: 'damaged', damaged: damagedFile(file, 'error.recovery.unreadable', null) };
  if (header.applicationId !== APPLICATION_ID || header.userVersion > MIGRATIONS.length) {
    return { state: 'unchecked', backupFolder: null };
  }
  let db: Database.Database | null = null;
  let backupFolder: string | null = null;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    backupFolder = readBackupFolder(db);
    if (checkProblems(db, 'quick').length > 0) {
      return { state: 'damaged', damaged: damagedFile(file, 'error.recovery.damaged', backupFolder) };
    }
    return { state: 'sound', backupFolder };
  } catch (error) {
    if (!(error instanceof Database.SqliteError && DAMAGE_CODES.has(error.code))) throw error;
    return { state: 'damaged', damaged: damagedFile(file, problemOf(error), backupFolder) };
  } finally {
    db?.close();
  }
}

/** SQLITE_CORRUPT: reading ran into a broken page; SQLITE_NOTADB: not even the first one could be read. */
function problemOf(error: InstanceType<typeof Database.SqliteError>): 'error.recovery.damaged' | 'error.recovery.unreadable' {
  return error.code === 'SQLITE_CORRUPT' ? 'error.recovery.damaged' : 'error.recovery.unreadable';
}

/** Best effort: a damaged file may still say where its backups are. */
function readBackupFolder(db: Database.Database): string | null {
  try {
    return (db.prepare("SELECT value FROM settings WHERE key = 'backupFolder'").pluck().get() as string | undefined) ?? null;
  } catch {
    return null;
  }
}

function damagedFile(file: string, problem: 'error.recovery.damaged' | 'error.recovery.unreadable', backupFolder: string | null): DamagedDatabase {
  return { file, problem: translate(problem), backupFolder };
}
