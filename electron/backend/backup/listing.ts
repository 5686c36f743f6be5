import { lstatSync, readdirSync, type Stats } from 'node:fs';
import path from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { BackupInfo } from '../../../shared/domain/types';
import { parseBackupFileName } from './backupFiles';
import { BackupCheckError, checkBackupFile, type CheckOptions } from './verify';

type Listed = BackupInfo & { sequence: number };

interface Checked {
  sizeBytes: number;
  mtimeMs: number;
  info: Listed | null;
}

/** A file in the folder under a backup name: what its name says, before it is opened. */
interface Named {
  file: string;
  fileName: string;
  parsed: NonNullable<ReturnType<typeof parseBackupFileName>>;
  stat: Stats;
}

const newestFirst = (a: { createdAt: string; sequence: number }, b: { createdAt: string; sequence: number }) =>
  a.createdAt === b.createdAt ? b.sequence - a.sequence : a.createdAt < b.createdAt ? 1 : -1;

/**
 * The verified backups in a folder, newest first. A file is listed only when its name is a
 * backup name, it is a regular file and it passes the check (identity, exactly the app's schema, quick_check); temp files, copies,
 * truncated or foreign files never are. Each verdict is kept (in memory) by the file's path,
 * size and mtime: a file changed since is checked again. A verdict only decides what is
 * listed: a restore checks its file fully again, whatever was remembered.
 */
export function createBackupListing(latestVersion: number, check: (file: string, options: CheckOptions) => BackupInfo['contents'] = checkBackupFile) {
  const cache = new Map<string, Checked>();

  function named(folder: string): Named[] {
    let names: string[];
    try {
      names = readdirSync(folder);
    } catch {
      return [];
    }
    return names.flatMap((fileName) => entryOf(folder, fileName) ?? []);
  }

  function entryOf(folder: string, fileName: string): Named | null {
    const parsed = parseBackupFileName(fileName);
    if (!parsed) return null;
    const file = path.join(folder, fileName);
    let stat;
    try {
      stat = lstatSync(file);
    } catch {
      return null;
    }
    // A symlink is never one of ours, wherever it points: only regular files are listed.
    return stat.isFile() ? { file, fileName, parsed, stat } : null;
  }

  function known({ file, stat }: Named): Checked | null {
    const verdict = cache.get(file);
    return verdict && verdict.sizeBytes === stat.size && verdict.mtimeMs === stat.mtimeMs ? verdict : null;
  }

  function checked(entry: Named): Listed | null {
    const remembered = known(entry);
    if (remembered) return remembered.info;
    const { file, fileName, parsed, stat } = entry;
    let info: Listed | null = null;
    try {
      const contents = check(file, { latestVersion, thorough: false });
      info = { fileName, kind: parsed.kind, createdAt: parsed.createdAt, sequence: parsed.sequence, sizeBytes: stat.size, contents };
    } catch (error) {
      if (!(error instanceof BackupCheckError)) throw error;
    }
    cache.set(file, { sizeBytes: stat.size, mtimeMs: stat.mtimeMs, info });
    return info;
  }

  const withoutSequence = ({ sequence: _, ...info }: Listed): BackupInfo => info;

  return {
    list(folder: string): BackupInfo[] {
      return named(folder)
        .flatMap((entry) => checked(entry) ?? [])
        .sort(newestFirst)
        .map(withoutSequence);
    },

    /** The creation times the backup names in `folder` carry, newest first: no file is opened. */
    timesByName(folder: string): string[] {
      return named(folder)
        .map(({ parsed }) => parsed)
        .sort(newestFirst)
        .map(({ createdAt }) => createdAt);
    },

    /** The newest backup already verified and unchanged since, or null: no file is opened. */
    newestKnown(folder: string): BackupInfo | null {
      const listed = named(folder)
        .flatMap((entry) => known(entry)?.info ?? [])
        .sort(newestFirst);
      return listed[0] ? withoutSequence(listed[0]) : null;
    },

    /**
     * Checks the files with no verdict yet, one per turn of the event loop, so that calls
     * waiting meanwhile are answered between them: off the start path, the listing's work
     * done ahead of the first time the backups are shown.
     */
    async verifyAhead(folder: string): Promise<void> {
      for (const { fileName } of named(folder)) {
        await nextTurn();
        // Looked at again after the wait: the file may have been changed or removed meanwhile.
        const entry = entryOf(folder, fileName);
        if (entry) checked(entry);
      }
    },
  };
}

export type BackupListing = ReturnType<typeof createBackupListing>;
