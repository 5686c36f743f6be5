import Database from 'better-sqlite3';
import type { BackupContents } from '../../../shared/domain/types';
import { APPLICATION_ID, checkProblems, readDatabaseHeader } from '../store/databaseFile';

/** Why a file is not a backup Handledning can trust. */
export type BackupProblem = 'missing' | 'corrupt' | 'notHandledning' | 'newerVersion';

export class BackupCheckError extends Error {
  override readonly name = 'BackupCheckError';
  constructor(
    readonly problem: BackupProblem,
    readonly found: number = 0,
  ) {
    super(`backup check failed: ${problem}`);
  }
}

export interface CheckOptions {
  /** The newest schema version this app can open. */
  latestVersion: number;
  /** integrity_check (before a backup is published or restored) rather than quick_check (listing). */
  thorough: boolean;
}

/**
 * Proves a backup file is a sound Handledning database this version can open, and reads what
 * it holds. Opened read-only: nothing is written to the file or next to it. Throws
 * BackupCheckError; any other error means the check itself could not run.
 */
export function checkBackupFile(file: string, { latestVersion, thorough }: CheckOptions): BackupContents {
  const header = readDatabaseHeader(file);
  if (!header) throw new BackupCheckError('missing');
  if (!header.isSqlite) throw new BackupCheckError('corrupt');
  if (header.applicationId !== APPLICATION_ID || header.userVersion < 1) throw new BackupCheckError('notHandledning');
  if (header.userVersion > latestVersion) throw new BackupCheckError('newerVersion', header.userVersion);
  // Every backup this app writes is in rollback-journal mode; a WAL file could only be read
  // by creating -wal and -shm files beside it, so it is not one of ours.
  if (header.journalVersion !== 1) throw new BackupCheckError('corrupt');

  let db: Database.Database | null = null;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    if (checkProblems(db, thorough ? 'integrity' : 'quick').length > 0) throw new BackupCheckError('corrupt');
    return readContents(db, header.userVersion);
  } catch (error) {
    if (error instanceof BackupCheckError) throw error;
    if (error instanceof Database.SqliteError) throw new BackupCheckError('corrupt');
    throw error;
  } finally {
    db?.close();
  }
}

function readContents(db: Database.Database, schemaVersion: number): BackupContents {
  const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").pluck().all() as string[];
  // Every table's rows must be countable, not only the ones shown.
  const counts = new Map(tables.map((table) => [table, db.prepare(`SELECT count(*) FROM "${table}"`).pluck().get() as number]));
  const latest = counts.has('held_sessions')
    ? (db.prepare('SELECT max(date) FROM held_sessions').pluck().get() as string | null)
    : null;
  return {
    schemaVersion,
    units: counts.get('units') ?? 0,
    heldSessions: counts.get('held_sessions') ?? 0,
    latestSessionDate: latest,
  };
}
