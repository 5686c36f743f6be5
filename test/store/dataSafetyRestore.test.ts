import Database from 'better-sqlite3';
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDataSafety, type DataSafety, type LiveDatabase } from '../../electron/backend/backup/dataSafety';
import { openDatabase } from '../../electron/backend/store/database';
import type { Db } from '../../electron/backend/store/db';
import { fakeClock } from '../api/backupHarness';
import { sha256, tempFolder, type TempFolder } from './testDatabase';

// The restore steps of the data-safety service over a real database file. The live-database
// holder notes what "Ångra återställningen" points at at the moment the live file is let go
// for the swap (a process killed from then on must find the record of the restore it was
// doing), and can act in that moment, after every check and before the swap.

let folder: TempFolder;
let current: Db | null;
let recordAtSwap: (string | null)[];
/** Runs as the live file is let go: after every check, before the swap. */
let atSwap: () => void;
let safety: DataSafety;
beforeEach(async () => {
  folder = tempFolder();
  const clock = fakeClock();
  current = await openDatabase({ file: folder.file });
  current
    .prepare("INSERT INTO units (name, name_key, provider_name, manager_name) VALUES ('Hemtjänst Norr', 'hemtjänst norr', 'Omsorg AB', 'Anna Berg')")
    .run();
  recordAtSwap = [];
  atSwap = () => undefined;
  const live: LiveDatabase = {
    file: folder.file,
    db: () => current,
    replace(db) {
      current = db;
    },
    release() {
      recordAtSwap.push(undoFileName());
      atSwap();
      current?.close();
      current = null;
    },
  };
  safety = createDataSafety({ live, dataDir: folder.dir, now: () => (clock.advanceHours(1), clock.now()), damaged: null });
});
afterEach(() => {
  current?.close();
  folder.remove();
});

function undoFileName(): string | null {
  try {
    return (JSON.parse(readFileSync(path.join(folder.backupDir, 'last-restore.json'), 'utf8')) as { undoFileName: string }).undoFileName;
  } catch {
    return null;
  }
}

describe('the undo record of a restore', () => {
  it('names that restore’s own pre-restore copy before the live file is swapped', async () => {
    const backup = await safety.create();

    const first = await safety.restore(backup.fileName);
    const second = await safety.restore(backup.fileName);

    expect(recordAtSwap).toEqual([first.undoRestore!.fileName, second.undoRestore!.fileName]);
    expect(first.undoRestore!.fileName).not.toBe(second.undoRestore!.fileName);
  });
});

describe('restoring by name (beneath the API contract)', () => {
  it('refuses a path out of the backup folder, and the live file is unchanged', async () => {
    const backup = await safety.create();
    const outside = path.join(folder.dir, 'utanfor');
    mkdirSync(outside);
    copyFileSync(path.join(folder.backupDir, backup.fileName), path.join(outside, backup.fileName));
    current!.pragma('wal_checkpoint(TRUNCATE)');
    const live = sha256(folder.file);

    for (const fileName of [`../utanfor/${backup.fileName}`, path.join(outside, backup.fileName)]) {
      await expect(safety.restore(fileName)).rejects.toMatchObject({
        code: 'CONFLICT',
        messageKey: 'error.restore.notOwnFile',
        params: { fileName },
      });
    }
    expect(sha256(folder.file)).toBe(live);
    expect(recordAtSwap).toEqual([]);
  });
});

describe('a backup file swapped after its check', () => {
  it('is checked again where it is installed: refused, and the data before the restore is back', async () => {
    const backup = await safety.create();
    const planted = path.join(folder.dir, 'planted.sqlite');
    copyFileSync(path.join(folder.backupDir, backup.fileName), planted);
    const db = new Database(planted);
    db.exec('CREATE TRIGGER wipe AFTER INSERT ON settings BEGIN DELETE FROM units; END');
    db.close();
    current!
      .prepare(
        "INSERT INTO units (name, name_key, provider_name, manager_name) VALUES ('Hemtjänst Söder', 'hemtjänst söder', 'Omsorg AB', 'Anna Berg')",
      )
      .run();
    atSwap = () => copyFileSync(planted, path.join(folder.backupDir, backup.fileName));
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);

    await expect(safety.restore(backup.fileName)).rejects.toMatchObject({ code: 'CONFLICT', messageKey: 'error.restore.failed' });

    logged.mockRestore();
    expect(current!.prepare('SELECT name FROM units ORDER BY id').pluck().all()).toEqual(['Hemtjänst Norr', 'Hemtjänst Söder']);
    expect(current!.prepare("SELECT count(*) FROM sqlite_schema WHERE name = 'wipe'").pluck().get()).toBe(0);
  });
});
