import { closeSync, copyFileSync, fsyncSync, openSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';

/** Flushes a file's bytes to the disk, so a rename can never publish a half-written file. */
export function fsyncFile(file: string): void {
  const fd = openSync(file, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Makes a rename in `folder` durable. Windows cannot open a folder for syncing; NTFS journals renames itself. */
export function fsyncFolder(folder: string): void {
  let fd: number;
  try {
    fd = openSync(folder, 'r');
  } catch {
    return;
  }
  try {
    fsyncSync(fd);
  } catch {
    // Some file systems refuse to sync a directory; the rename is still atomic.
  } finally {
    closeSync(fd);
  }
}

/** The -wal and -shm files SQLite keeps next to a database in WAL mode. */
export function sideFiles(file: string): string[] {
  return [`${file}-wal`, `${file}-shm`, `${file}-journal`];
}

/**
 * Puts a copy of `source` in place of the (closed) database `target`: copied to a temp name,
 * synced, and renamed over it, so `target` is at every moment either the old file or the
 * whole new one. The old file's -wal and -shm go first: they belong to it and would be
 * read as part of the new one.
 */
export function installDatabaseFile(source: string, target: string): void {
  const temp = `${target}.restore.tmp`;
  try {
    copyFileSync(source, temp);
    fsyncFile(temp);
    for (const side of sideFiles(target)) rmSync(side, { force: true });
    renameSync(temp, target);
    fsyncFolder(path.dirname(target));
  } finally {
    rmSync(temp, { force: true });
  }
}
