import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { backupBeforeMigration } from '../../electron/backend/backup/beforeMigration';
import { computerNow } from '../../electron/backend/clock';
import { openDatabase } from '../../electron/backend/store/database';
import type { Db } from '../../electron/backend/store/db';
import type { Migration } from '../../electron/backend/store/migrations';
import { createStore, type Store } from '../../electron/backend/store/store';

export type TempFolder = ReturnType<typeof tempFolder>;

/** A fresh folder per test, removed afterwards: the store is always a real SQLite file. */
export function tempFolder(): { dir: string; file: string; backupDir: string; remove(): void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'handledning-test-'));
  return {
    dir,
    file: path.join(dir, 'handledning.sqlite'),
    backupDir: path.join(dir, 'backups'),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

export function sha256(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

/** Opened as the app opens it: an older schema is backed up to `backupDir` before it is upgraded. */
export function openTestDatabase(folder: { file: string; backupDir: string }, migrations?: readonly Migration[]): Promise<Db> {
  const beforeMigrating = backupBeforeMigration(folder.backupDir, computerNow);
  return openDatabase({ file: folder.file, beforeMigrating, ...(migrations ? { migrations } : {}) });
}

/** A fresh folder with a migrated database and the store over it. */
export async function openTestStore(): Promise<{ folder: TempFolder; db: Db; store: Store }> {
  const folder = tempFolder();
  const db = await openTestDatabase(folder);
  return { folder, db, store: createStore(db) };
}

/** After a test: closes the database unless the test already did, and removes the folder. */
export function removeTestDatabase(db: Db, folder: TempFolder): void {
  if (db.open) db.close();
  folder.remove();
}

/** What SQLite refused a piece of work with, or null when it went through; other errors are thrown. */
function sqliteFailure(work: () => unknown): InstanceType<typeof Database.SqliteError> | null {
  try {
    work();
  } catch (error) {
    if (error instanceof Database.SqliteError) return error;
    throw error;
  }
  return null;
}

/** The SQLite error code a piece of work fails with ("SQLITE_CONSTRAINT_CHECK"), or undefined. */
export const sqliteCode = (work: () => unknown): string | undefined => sqliteFailure(work)?.code;

/** The SQLite error code and message a piece of work fails with, or undefined. */
export function sqliteError(work: () => unknown): string | undefined {
  const error = sqliteFailure(work);
  return error ? `${error.code}: ${error.message}` : undefined;
}

/** Every row of every table plus the schema version, to prove a call wrote nothing. */
export function dumpDatabase(db: Database.Database): string {
  const tables = db
    .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .pluck()
    .all() as string[];
  const dump: Record<string, unknown> = { userVersion: db.pragma('user_version', { simple: true }) };
  for (const table of tables) dump[table] = db.prepare(`SELECT * FROM "${table}" ORDER BY rowid`).all();
  return JSON.stringify(dump);
}
