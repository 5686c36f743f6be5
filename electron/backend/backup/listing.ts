import { lstatSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { BackupInfo } from '../../../shared/domain/types';
import { parseBackupFileName } from './backupFiles';
import { BackupCheckError, checkBackupFile } from './verify';

type Listed = BackupInfo & { sequence: number };

interface Checked {
  sizeBytes: number;
  mtimeMs: number;
  info: Listed | null;
}

/**
 * The verified backups in a folder, newest first. A file is listed only when its name is a
 * backup name, it is a regular file and it passes the check (identity, exactly the app's schema, quick_check); temp files, copies,
 * truncated or foreign files never are. Each file is checked once per size and mtime.
 */
export function createBackupListing(latestVersion: number) {
  const cache = new Map<string, Checked>();

  function checked(file: string, fileName: string): Listed | null {
    const parsed = parseBackupFileName(fileName);
    if (!parsed) return null;
    let stat;
    try {
      stat = lstatSync(file);
    } catch {
      return null;
    }
    // A symlink is never one of ours, wherever it points: only regular files are listed.
    if (!stat.isFile()) return null;
    const known = cache.get(file);
    if (known && known.sizeBytes === stat.size && known.mtimeMs === stat.mtimeMs) return known.info;
    let info: Listed | null = null;
    try {
      const contents = checkBackupFile(file, { latestVersion, thorough: false });
      info = { fileName, kind: parsed.kind, createdAt: parsed.createdAt, sequence: parsed.sequence, sizeBytes: stat.size, contents };
    } catch (error) {
      if (!(error instanceof BackupCheckError)) throw error;
    }
    cache.set(file, { sizeBytes: stat.size, mtimeMs: stat.mtimeMs, info });
    return info;
  }

  return {
    list(folder: string): BackupInfo[] {
      let names: string[];
      try {
        names = readdirSync(folder);
      } catch {
        return [];
      }
      return names
        .flatMap((name) => checked(path.join(folder, name), name) ?? [])
        .sort((a, b) => (a.createdAt === b.createdAt ? b.sequence - a.sequence : a.createdAt < b.createdAt ? 1 : -1))
        .map(({ sequence: _, ...info }) => info);
    },
  };
}

export type BackupListing = ReturnType<typeof createBackupListing>;
