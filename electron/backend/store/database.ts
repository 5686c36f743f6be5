import Database from 'better-sqlite3';
import { closeSync, mkdirSync, openSync, readSync, statSync } from 'node:fs';
import path from 'node:path';
import { DatabaseFromNewerVersionError, DatabaseNotHandledningError } from './errors';
import { MIGRATIONS, type Migration } from './migrations';

export type Db = Database.Database;

/** PRAGMA application_id of every Handledning database ("HDLN"), set by the first migration run. */
export const APPLICATION_ID = 0x48444c4e;

export interface OpenDatabaseOptions {
  file: string;
  /** Where the copy taken before a schema upgrade goes. */
  backupDir: string;
  /** Injectable so tests can play an older or newer app version. */
  migrations?: readonly Migration[];
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
export async function openDatabase({ file, backupDir, migrations = MIGRATIONS }: OpenDatabaseOptions): Promise<Db> {
  const latest = latestVersion(migrations);
  // Read the header with plain fs first, so a refused file is never opened by SQLite at all.
  const header = readHeader(file);
  if (header) refuseForeignOrNewer(header, latest);

  const db = new Database(file);
  try {
    // The header is stale while a WAL file is pending, so ask SQLite before the first write.
    // (Refusing then closes the connection, which may checkpoint that WAL: only the newer
    // app's own committed pages are written, nothing of ours.)
    const found = readIdentity(db);
    refuseForeignOrNewer(found, latest);

    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');

    if (found.userVersion < latest) {
      if (found.userVersion > 0) await backupBeforeMigration(db, backupDir, found.userVersion);
      migrate(db, migrations, found.userVersion, latest);
    }
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
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

function refuseForeignOrNewer(found: FileIdentity, latest: number): void {
  if (found.applicationId !== 0 && found.applicationId !== APPLICATION_ID) throw new DatabaseNotHandledningError();
  if (found.userVersion > latest) throw new DatabaseFromNewerVersionError(found.userVersion, latest);
  // Our migrations set application_id and user_version in the same transaction as the
  // schema, so a schema without them was made by someone else.
  if (found.applicationId === 0 && (found.userVersion !== 0 || found.hasSchema)) throw new DatabaseNotHandledningError();
}

const SQLITE_MAGIC = 'SQLite format 3\0';
const HEADER_SIZE = 100;

/** user_version and application_id from the file header; null for a missing or empty file. */
function readHeader(file: string): FileIdentity | null {
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    return null;
  }
  if (size === 0) return null;
  const header = Buffer.alloc(HEADER_SIZE);
  const fd = openSync(file, 'r');
  try {
    readSync(fd, header, 0, HEADER_SIZE, 0);
  } finally {
    closeSync(fd);
  }
  if (size < HEADER_SIZE || header.toString('latin1', 0, 16) !== SQLITE_MAGIC) throw new DatabaseNotHandledningError();
  return { userVersion: header.readInt32BE(60), applicationId: header.readInt32BE(68), hasSchema: false };
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

async function backupBeforeMigration(db: Db, backupDir: string, fromVersion: number): Promise<void> {
  mkdirSync(backupDir, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  await db.backup(path.join(backupDir, `handledning-fore-migrering-v${fromVersion}-${stamp}.sqlite`));
}

/** All pending steps in one transaction: a failed upgrade leaves the old schema as it was. */
function migrate(db: Db, migrations: readonly Migration[], from: number, latest: number): void {
  db.transaction(() => {
    for (const migration of migrations.slice(from)) db.exec(migration.up);
    db.pragma(`application_id = ${APPLICATION_ID}`);
    db.pragma(`user_version = ${latest}`);
  })();
}
