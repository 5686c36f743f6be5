import Database from 'better-sqlite3';
import { closeSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { quickCheckApart, quickCheckHere } from '../../electron/backend/store/quickCheckApart';
import { openTestDatabase, sha256, tempFolder, type TempFolder } from './testDatabase';

// The start-up check runs in a worker thread; its verdict is the one the host's own thread
// would reach, and it leaves the file as it was.

let folder: TempFolder;
afterEach(() => folder.remove());

async function databaseWithBackupFolder(): Promise<string> {
  folder = tempFolder();
  const db = await openTestDatabase(folder);
  db.prepare("INSERT INTO settings (key, value) VALUES ('backupFolder', '/säkert/ställe')").run();
  db.close();
  return folder.file;
}

/** Overwrites the units table's root page: the header is fine, quick_check is not. */
function damageUnitsTable(file: string): void {
  const db = new Database(file, { readonly: true });
  const rootPage = db.prepare("SELECT rootpage FROM sqlite_schema WHERE name = 'units'").pluck().get() as number;
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  db.close();
  const fd = openSync(file, 'r+');
  writeSync(fd, Buffer.alloc(pageSize, 0x77), 0, pageSize, (rootPage - 1) * pageSize);
  closeSync(fd);
}

describe('the start-up check in a worker', () => {
  it('finds a sound file sound, and says where its backups are', async () => {
    const file = await databaseWithBackupFolder();
    expect(await quickCheckApart(file)).toEqual({ problems: [], backupFolder: '/säkert/ställe' });
  });

  it('finds the problems of a damaged page as the host’s thread does, and leaves the file as it was', async () => {
    const file = await databaseWithBackupFolder();
    damageUnitsTable(file);
    const before = sha256(file);
    const apart = await quickCheckApart(file);
    expect(apart).toEqual(quickCheckHere(file));
    expect(apart.failure ?? apart.problems.length).toBeTruthy();
    expect(sha256(file)).toBe(before);
  });

  it('hands back SQLite’s own error for a file that is not a database', async () => {
    folder = tempFolder();
    writeFileSync(folder.file, Buffer.concat([Buffer.from('SQLite format 3\0'), Buffer.alloc(4096, 0x55)]));
    const apart = await quickCheckApart(folder.file);
    expect(apart.failure).toBeInstanceOf(Database.SqliteError);
    expect(apart.failure?.code).toBe(quickCheckHere(folder.file).failure?.code);
  });
});
