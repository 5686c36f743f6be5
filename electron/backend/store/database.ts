import Database from 'better-sqlite3';
import { version as packageVersion } from '../../../package.json';
import { recordAppVersion, recordedAppVersion, recordedAppVersionOfFile } from './appVersionRecord';
import { APPLICATION_ID, checkProblems, readDatabaseHeader } from './databaseFile';
import type { Db } from './db';
import { DatabaseFromNewerVersionError, DatabaseNotHandledningError } from './errors';
import { MIGRATIONS, type Migration } from './migrations';

/** The schema step about to run: from the file's version to the latest of `migrations`. */
export interface SchemaUpgrade {
  from: number;
  to: number;
  migrations: readonly Migration[];
}

/**
 * Runs before an existing schema is upgraded, on the opened connection; a throw stops the
 * upgrade and the open. The start-up supplies the verified backup here, so the store itself
 * never depends on the backup code.
 */
export type BeforeMigrating = (db: Db, upgrade: SchemaUpgrade) => Promise<void>;

export interface OpenDatabaseOptions {
  file: string;
  /** Injectable so tests can play an older or newer app version. */
  migrations?: readonly Migration[];
  /** Called only when a file with a schema is upgraded: a new file holds nothing to keep. */
  beforeMigrating?: BeforeMigrating;
  /**
   * The Handledning version opening the file (package.json's by default): kept in the file,
   * so that an older version refusing it later can say which version it needs.
   */
  appVersion?: string;
}

interface FileIdentity {
  userVersion: number;
  applicationId: number;
  hasSchema: boolean;
}

/**
 * Opens (or creates) the database and brings its schema up to date. A file from a newer
 * app version or from another program is refused before anything is written to it.
 */
export async function openDatabase({
  file,
  migrations = MIGRATIONS,
  beforeMigrating,
  appVersion = packageVersion,
}: OpenDatabaseOptions): Promise<Db> {
  const latest = latestVersion(migrations);
  const refuse = (found: FileIdentity, writtenBy: () => string | null) => refuseForeignOrNewer(found, { latest, appVersion, writtenBy });
  // Read the header with plain fs first, so a refused file is never opened by SQLite at all.
  const header = readHeader(file);
  if (header) refuse(header, () => recordedAppVersionOfFile(file));

  const db = new Database(file);
  try {
    // The header is stale while a WAL file is pending, so ask SQLite before the first write.
    // (Refusing then closes the connection, which may checkpoint that WAL: only the newer
    // app's own committed pages are written, nothing of ours.)
    const found = readIdentity(db);
    refuse(found, () => recordedAppVersion(db));

    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');

    if (found.userVersion < latest) {
      if (found.userVersion > 0) await beforeMigrating?.(db, { from: found.userVersion, to: latest, migrations });
      migrate(db, migrations, found.userVersion, latest);
    }
    recordAppVersion(db, appVersion);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/** PRAGMA quick_check of the open database: the problems found, [] when it is sound. */
export function quickCheck(db: Db): string[] {
  return checkProblems(db, 'quick');
}

/** The schema version the open database is at (PRAGMA user_version). */
export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

function latestVersion(migrations: readonly Migration[]): number {
  migrations.forEach((m, index) => {
    if (m.version !== index + 1) throw new Error(`Migration ${m.name} has version ${m.version}, expected ${index + 1}`);
  });
  return migrations.length;
}

interface ThisApp {
  latest: number;
  appVersion: string;
  /** Asked only for a file from a newer version, to name the version that wrote it. */
  writtenBy: () => string | null;
}

function refuseForeignOrNewer(found: FileIdentity, { latest, appVersion, writtenBy }: ThisApp): void {
  if (found.applicationId !== 0 && found.applicationId !== APPLICATION_ID) throw new DatabaseNotHandledningError();
  if (found.userVersion > latest) {
    throw new DatabaseFromNewerVersionError({ found: found.userVersion, supported: latest, appVersion, writtenBy: writtenBy() });
  }
  // Our migrations set application_id and user_version in the same transaction as the
  // schema, so a schema without them was made by someone else.
  if (found.applicationId === 0 && (found.userVersion !== 0 || found.hasSchema)) throw new DatabaseNotHandledningError();
}

/** user_version and application_id from the file header; null for a missing or empty file. */
function readHeader(file: string): FileIdentity | null {
  const header = readDatabaseHeader(file);
  if (!header) return null;
  if (!header.isSqlite) throw new DatabaseNotHandledningError();
  return { userVersion: header.userVersion, applicationId: header.applicationId, hasSchema: false };
}

function readIdentity(db: Db): FileIdentity {
  try {
    return {
      userVersion: db.pragma('user_version', { simple: true }) as number,
      applicationId: db.pragma('application_id', { simple: true }) as number,
      hasSchema: (db.prepare('SELECT count(*) FROM sqlite_schema').pluck().get() as number) > 0,
    };
  } catch (error) {
    if (error instanceof Database.SqliteError && error.code === 'SQLITE_NOTADB') throw new DatabaseNotHandledningError();
    throw error;
  }
}

/** All pending steps in one transaction: a failed upgrade leaves the old schema as it was. */
function migrate(db: Db, migrations: readonly Migration[], from: number, latest: number): void {
  db.transaction(() => {
    for (const migration of migrations.slice(from)) db.exec(migration.up);
    db.pragma(`application_id = ${APPLICATION_ID}`);
    db.pragma(`user_version = ${latest}`);
  })();
}
