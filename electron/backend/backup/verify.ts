import Database from 'better-sqlite3';
import type { BackupContents } from '../../../shared/domain/types';
import { APPLICATION_ID, checkProblems, readDatabaseHeader } from '../store/databaseFile';
import { expectedSchema, hasTable, readSchema, sameSchema, type SchemaEntry } from '../store/schema';

/**
 * Why a file is not a backup Handledning can trust. 'foreignSchema': a Handledning header over
 * a schema the app's migrations did not make (an extra trigger or view is code that would run).
 */
export type BackupProblem = 'missing' | 'corrupt' | 'notHandledning' | 'newerVersion' | 'foreignSchema';

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
  /**
   * integrity_check (before a restore) rather than quick_check (a fresh backup, the listing).
   * quick_check reads every page and proves the b-trees sound; integrity_check also compares
   * each index with its table, a question about the data rather than about the copy.
   */
  thorough: boolean;
  /** The schema each version must have exactly; the app's snapshots unless other migrations made the file. */
  schemaOf?: (version: number) => readonly SchemaEntry[] | null;
}

/**
 * Proves a backup file is a sound Handledning database this version can open, and reads what
 * it holds. Opened read-only: nothing is written to the file or next to it. Throws
 * BackupCheckError; any other error means the check itself could not run.
 */
export function checkBackupFile(file: string, { latestVersion, thorough, schemaOf = expectedSchema }: CheckOptions): BackupContents {
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
    // The schema first: the integrity check evaluates the file's CHECK constraints, so it
    // runs only over the app's own ones.
    const schema = schemaOf(header.userVersion);
    if (!schema || !sameSchema(readSchema(db), schema)) throw new BackupCheckError('foreignSchema');
    if (checkProblems(db, thorough ? 'integrity' : 'quick').length > 0) throw new BackupCheckError('corrupt');
    return readContents(db, header.userVersion, schema);
  } catch (error) {
    if (error instanceof BackupCheckError) throw error;
    if (error instanceof Database.SqliteError) throw new BackupCheckError('corrupt');
    throw error;
  } finally {
    db?.close();
  }
}

/** Fixed statements over the app's own tables only: nothing read from the file becomes SQL. */
function readContents(db: Database.Database, schemaVersion: number, schema: readonly SchemaEntry[]): BackupContents {
  const count = (sql: string) => db.prepare(sql).pluck().get() as number;
  // held_sessions came with schema version 3, and a file made by other migrations (a test
  // playing another app version) may have neither table.
  const withSessions = hasTable(schema, 'held_sessions');
  return {
    schemaVersion,
    units: hasTable(schema, 'units') ? count('SELECT count(*) FROM units') : 0,
    heldSessions: withSessions ? count('SELECT count(*) FROM held_sessions') : 0,
    latestSessionDate: withSessions ? (db.prepare('SELECT max(date) FROM held_sessions').pluck().get() as string | null) : null,
  };
}
