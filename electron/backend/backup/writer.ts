import Database from 'better-sqlite3';
import { renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { BackupContents } from '../../../shared/domain/types';
import { DomainError } from '../../../shared/domain/errors';
import type { Db } from '../store/db';
import type { SchemaEntry } from '../store/schema';
import { fsyncFile, fsyncFolder, sideFiles } from './files';
import { BackupCheckError, checkBackupFile, type CheckOptions } from './verify';

/** Copy every page in one step: the backup is one consistent snapshot, never restarted by a write. */
const ALL_PAGES = 0x7fffffff;

/**
 * Writes a backup of the open database to `target` so that `target` either does not exist or
 * is a complete, verified copy. SQLite's online backup API copies the live data (the -wal's
 * committed pages included) to `<target>.tmp`, a name the listing never shows; the copy is
 * switched to rollback-journal mode (a single self-contained file), checked through a
 * separate read-only connection, synced, and only then renamed into place. On any failure
 * the temp file is removed and the error is thrown.
 *
 * The check on the copy is quick_check: it reads every page, so a short, torn or garbled
 * write is caught. integrity_check would also compare every index with its table, but the
 * backup API copies pages as they are, so that would judge the live data (checked at start),
 * not the copy, at three times the cost. A restore runs integrity_check on its file anyway.
 */
export async function writeVerifiedBackup(
  db: Db,
  target: string,
  latestVersion: number,
  schemaOf?: (version: number) => readonly SchemaEntry[] | null,
): Promise<BackupContents> {
  const temp = `${target}.tmp`;
  const removeTemp = () => [temp, ...sideFiles(temp)].forEach((file) => rmSync(file, { force: true }));
  removeTemp();
  try {
    await db.backup(temp, { progress: () => ALL_PAGES });
    const copy = new Database(temp, { fileMustExist: true });
    try {
      copy.pragma('journal_mode = DELETE');
    } finally {
      copy.close();
    }
    const contents = verified(temp, { latestVersion, thorough: false, ...(schemaOf ? { schemaOf } : {}) });
    fsyncFile(temp);
    renameSync(temp, target);
    fsyncFolder(path.dirname(target));
    return contents;
  } catch (error) {
    removeTemp();
    throw error;
  }
}

function verified(file: string, options: CheckOptions): BackupContents {
  try {
    return checkBackupFile(file, options);
  } catch (error) {
    if (error instanceof BackupCheckError) throw new DomainError('CONFLICT', 'error.backup.verifyFailed');
    throw error;
  }
}
