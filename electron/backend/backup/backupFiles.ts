import { existsSync } from 'node:fs';
import path from 'node:path';
import { BACKUP_KINDS, type BackupKind } from '../../../shared/domain/types';

// Backup file names carry everything the listing needs before a file is opened:
// handledning-<yyyymmdd>-<hhmmss>-<kind>[-<n>].sqlite, in local time, lower case.

const NAME_OF_KIND: Record<BackupKind, string> = {
  automatic: 'automatic',
  manual: 'manual',
  beforeMigration: 'beforemigration',
  beforeRestore: 'beforerestore',
};
const KIND_OF_NAME = new Map(BACKUP_KINDS.map((kind) => [NAME_OF_KIND[kind], kind]));

const BACKUP_NAME = /^handledning-(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})(\d{2})-([a-z]+)(?:-(\d+))?\.sqlite$/;

/** yyyymmdd-hhmmss in local time: what the user's clock showed. */
export function timeStamp(at: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}${two(at.getMonth() + 1)}${two(at.getDate())}-${two(at.getHours())}${two(at.getMinutes())}${two(at.getSeconds())}`;
}

/** Local time as YYYY-MM-DDTHH:MM:SS (no zone), the form BackupInfo.createdAt and rotation use. */
export function localTime(at: Date): string {
  const [date, time] = timeStamp(at).split('-') as [string, string];
  return `${date.slice(0, 4)}-${date.slice(4, 6)}-${date.slice(6)}T${time.slice(0, 2)}:${time.slice(2, 4)}:${time.slice(4)}`;
}

/** The Date of a local time written by localTime(). */
export function fromLocalTime(text: string): Date {
  const [y, mo, d, h, mi, s] = text.split(/[-T:]/).map(Number) as [number, number, number, number, number, number];
  return new Date(y, mo - 1, d, h, mi, s);
}

/** `n` > 0 tells apart backups made within the same second. */
export function backupFileName(kind: BackupKind, at: Date, n = 0): string {
  return `handledning-${timeStamp(at)}-${NAME_OF_KIND[kind]}${n > 0 ? `-${n}` : ''}.sqlite`;
}

/** Kind and creation time of a backup file name; null for any other name (never listed). */
export function parseBackupFileName(fileName: string): { kind: BackupKind; createdAt: string; sequence: number } | null {
  const match = BACKUP_NAME.exec(fileName);
  if (!match) return null;
  const [, y, mo, d, h, mi, s, kindName, n] = match as unknown as [string, string, string, string, string, string, string, string, string?];
  const kind = KIND_OF_NAME.get(kindName);
  if (!kind) return null;
  const createdAt = `${y}-${mo}-${d}T${h}:${mi}:${s}`;
  // A name like 20261345 is not a time this app wrote.
  return localTime(fromLocalTime(createdAt)) === createdAt ? { kind, createdAt, sequence: Number(n ?? 0) } : null;
}

/** A copy saved with "Spara en kopia som…": not a backup of the folder, so never listed or rotated. */
export function copyFileName(at: Date, n = 0): string {
  return `handledning-kopia-${timeStamp(at)}${n > 0 ? `-${n}` : ''}.sqlite`;
}

/** The name a damaged database file is kept under, next to where it was (or in IT's folder). */
export function damagedFileName(at: Date, n = 0): string {
  return `handledning-skadad-${timeStamp(at)}${n > 0 ? `-${n}` : ''}.sqlite`;
}

/** The first name(n) in `folder` no file has yet: nothing is ever overwritten. */
export function uniqueFile(folder: string, name: (n: number) => string): string {
  for (let n = 0; ; n += 1) {
    const file = path.join(folder, name(n));
    if (!existsSync(file) && !existsSync(`${file}.tmp`)) return file;
  }
}

/** In the backup folder: which backup undoes the last restore. Not in the database, which the restore replaced. */
export const LAST_RESTORE_FILE = 'last-restore.json';

/** What a backup the app was writing leaves when it is killed: <backup name>.tmp and SQLite's side files of it. */
const TEMP_OF_BACKUP = /^(.+)\.tmp(?:-journal|-wal|-shm)?$/;

/** A temp file this app writes in the backup folder (never a user's own file that merely ends in .tmp). */
export function isLeftoverInBackupFolder(fileName: string): boolean {
  if (fileName === `${LAST_RESTORE_FILE}.tmp`) return true;
  const base = TEMP_OF_BACKUP.exec(fileName)?.[1];
  return base !== undefined && parseBackupFileName(base) !== null;
}
