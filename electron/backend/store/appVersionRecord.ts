import Database from 'better-sqlite3';
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { Db } from './db';
import { createSettingsRepository } from './settings';

/**
 * The Handledning version that last opened the database, kept in its settings. The schema
 * version alone cannot tell a manager which program to ask IT for; this can.
 */
export function recordAppVersion(db: Db, appVersion: string): void {
  // A schema without settings is a test's own migration list: nothing to keep it in.
  if (!db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'settings'").get()) return;
  // Written only when it changes, so an ordinary start writes nothing.
  if (recordedAppVersion(db) !== appVersion) createSettingsRepository(db).set('appVersion', appVersion);
}

/** Null when none is recorded, or when a newer schema keeps it elsewhere. */
export function recordedAppVersion(db: Db): string | null {
  try {
    return createSettingsRepository(db).get('appVersion');
  } catch {
    return null;
  }
}

/**
 * The recorded version of a file this version must not open, read from a copy (its -wal
 * too: it may hold the latest settings) in a folder beside it, so the file itself is never
 * opened. The copy stays in the data folder, where the data already is, and is removed.
 */
export function recordedAppVersionOfFile(file: string): string | null {
  let folder: string | null = null;
  try {
    folder = mkdtempSync(path.join(path.dirname(file), '.version-check-'));
    const copy = path.join(folder, 'copy.sqlite');
    copyFileSync(file, copy);
    if (existsSync(`${file}-wal`)) copyFileSync(`${file}-wal`, `${copy}-wal`);
    const db = new Database(copy, { fileMustExist: true });
    try {
      return recordedAppVersion(db);
    } finally {
      db.close();
    }
  } catch {
    return null;
  } finally {
    if (folder) rmSync(folder, { recursive: true, force: true });
  }
}
