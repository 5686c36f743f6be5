import Database from 'better-sqlite3';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupFileName, parseBackupFileName } from '../../electron/backend/backup/backupFiles';
import { createBackupListing } from '../../electron/backend/backup/listing';
import { writeVerifiedBackup } from '../../electron/backend/backup/writer';
import type { Db } from '../../electron/backend/store/db';
import { APPLICATION_ID } from '../../electron/backend/store/databaseFile';
import { readDatabaseHeader } from '../../electron/backend/store/databaseFile';
import { MIGRATIONS } from '../../electron/backend/store/migrations';
import { DomainError } from '../../shared/domain/errors';
import { openTestDatabase, removeTestDatabase, type TempFolder, tempFolder } from './testDatabase';

const LATEST = MIGRATIONS.length;
const AT = new Date(2026, 4, 14, 9, 30, 5);

let folder: TempFolder;
let db: Db;
beforeEach(async () => {
  folder = tempFolder();
  mkdirSync(folder.backupDir);
  db = await openTestDatabase(folder);
  seed(db);
});
afterEach(() => {
  removeTestDatabase(db, folder);
});

/** Two units and three held sessions, the latest on 14 May. */
function seed(target: Db): void {
  const unit = target.prepare("INSERT INTO units (name, name_key, provider_name, manager_name) VALUES (?, ?, 'Omsorg AB', 'Anna Berg')");
  unit.run('Hemtjänst Norr', 'hemtjänst norr');
  unit.run('Hemtjänst Väster', 'hemtjänst väster');
  const held = target.prepare(
    "INSERT INTO held_sessions (unit_id, week, date, start_time, duration_minutes, location) VALUES (1, ?, ?, '14:00', 30, 'office')",
  );
  held.run('2026-W18', '2026-04-30');
  held.run('2026-W20', '2026-05-14');
  held.run('2026-W19', '2026-05-07');
}

const backupPath = (kind: Parameters<typeof backupFileName>[0] = 'manual', at = AT) => path.join(folder.backupDir, backupFileName(kind, at));
const list = () => createBackupListing(LATEST).list(folder.backupDir);

function integrity(file: string): string {
  const check = new Database(file, { readonly: true });
  try {
    return check.pragma('integrity_check', { simple: true }) as string;
  } finally {
    check.close();
  }
}

describe('the verified backup writer', () => {
  it('writes a checked, self-contained copy under the final name and leaves no temp file', async () => {
    const target = backupPath();
    const contents = await writeVerifiedBackup(db, target, LATEST);

    expect(contents).toEqual({ schemaVersion: LATEST, units: 2, heldSessions: 3, latestSessionDate: '2026-05-14' });
    expect(readdirSync(folder.backupDir)).toEqual([path.basename(target)]);
    // Rollback-journal mode: one file, readable read-only without -wal or -shm beside it.
    expect(readDatabaseHeader(target)).toMatchObject({ isSqlite: true, journalVersion: 1, applicationId: APPLICATION_ID, userVersion: LATEST });
    expect(integrity(target)).toBe('ok');
    expect(readdirSync(folder.backupDir)).toEqual([path.basename(target)]);
  });

  it('includes what is still only in the -wal file', async () => {
    db.prepare(
      "INSERT INTO units (name, name_key, provider_name, manager_name) VALUES ('Hemtjänst Söder', 'hemtjänst söder', 'Omsorg AB', 'Anna Berg')",
    ).run();
    expect(readFileSync(`${folder.file}-wal`).length).toBeGreaterThan(0);

    const contents = await writeVerifiedBackup(db, backupPath(), LATEST);

    expect(contents.units).toBe(3);
    const copy = new Database(backupPath(), { readonly: true });
    expect(copy.prepare('SELECT name FROM units ORDER BY id').pluck().all()).toEqual(['Hemtjänst Norr', 'Hemtjänst Väster', 'Hemtjänst Söder']);
    copy.close();
  });

  it('publishes nothing when the copy fails its check, and removes the temp file', async () => {
    const target = backupPath();
    // A writer that only knows older schema versions must refuse this copy.
    const refusal = await writeVerifiedBackup(db, target, LATEST - 1).catch((error: unknown) => error);

    expect(refusal).toBeInstanceOf(DomainError);
    expect(refusal).toMatchObject({ messageKey: 'error.backup.verifyFailed' });
    expect(readdirSync(folder.backupDir)).toEqual([]);
  });

  it('publishes nothing when the database holds a schema object the migrations did not make', async () => {
    db.exec('CREATE TRIGGER wipe AFTER INSERT ON people BEGIN DELETE FROM held_sessions; END');
    const refusal = await writeVerifiedBackup(db, backupPath(), LATEST).catch((error: unknown) => error);

    expect(refusal).toMatchObject({ messageKey: 'error.backup.verifyFailed' });
    expect(readdirSync(folder.backupDir)).toEqual([]);
  });

  it('removes a temp file a killed backup left under the same name before writing', async () => {
    const target = backupPath();
    writeFileSync(`${target}.tmp`, 'halvskriven');

    await writeVerifiedBackup(db, target, LATEST);

    expect(readdirSync(folder.backupDir)).toEqual([path.basename(target)]);
  });
});

describe('backup file names', () => {
  it('say the local time and the kind, in lower case', () => {
    expect(backupFileName('beforeMigration', AT)).toBe('handledning-20260514-093005-beforemigration.sqlite');
    expect(backupFileName('automatic', AT, 2)).toBe('handledning-20260514-093005-automatic-2.sqlite');
    expect(parseBackupFileName('handledning-20260514-093005-beforerestore.sqlite')).toEqual({
      kind: 'beforeRestore',
      createdAt: '2026-05-14T09:30:05',
      sequence: 0,
    });
  });

  it.each([
    'handledning-20260514-093005-manual.sqlite.tmp',
    'handledning-kopia-20260514-093005.sqlite',
    'handledning-skadad-20260514-093005.sqlite',
    'handledning-20261345-093005-manual.sqlite',
    'handledning-20260514-093005-weekly.sqlite',
    'handledning-fore-migrering-v1-2026-05-14T09-30-05-000Z.sqlite',
    'last-restore.json',
  ])('%s is not a backup name', (name) => {
    expect(parseBackupFileName(name)).toBeNull();
  });
});

describe('the listing shows only verified backups', () => {
  it('with what each holds, newest first', async () => {
    await writeVerifiedBackup(db, backupPath('automatic', new Date(2026, 4, 13, 8)), LATEST);
    await writeVerifiedBackup(db, backupPath('manual'), LATEST);

    expect(list()).toEqual([
      {
        fileName: 'handledning-20260514-093005-manual.sqlite',
        kind: 'manual',
        createdAt: '2026-05-14T09:30:05',
        sizeBytes: expect.any(Number),
        contents: { schemaVersion: LATEST, units: 2, heldSessions: 3, latestSessionDate: '2026-05-14' },
      },
      expect.objectContaining({ fileName: 'handledning-20260513-080000-automatic.sqlite', kind: 'automatic' }),
    ]);
    expect(list()[0]!.sizeBytes).toBe(readFileSync(backupPath()).length);
  });

  it('and never a temp, truncated, random, foreign, future, WAL-mode or misnamed file', async () => {
    const good = backupPath('automatic', new Date(2026, 4, 1, 3));
    await writeVerifiedBackup(db, good, LATEST);
    const bytes = readFileSync(good);
    const named = (minute: number) => backupPath('automatic', new Date(2026, 4, 2, 3, minute));

    // A backup killed half-way: its temp file, and (as if renamed too early) a truncated one.
    writeFileSync(`${named(0)}.tmp`, bytes.subarray(0, bytes.length / 2));
    writeFileSync(named(1), bytes.subarray(0, bytes.length / 2));
    // Random bytes, and SQLite's header followed by garbage.
    writeFileSync(named(2), Buffer.from(Array.from({ length: 8192 }, (_, i) => (i * 7919) % 251)));
    writeFileSync(named(3), Buffer.concat([bytes.subarray(0, 100), Buffer.alloc(bytes.length - 100, 0xa5)]));
    // Another program's database, and one from a newer Handledning.
    const foreign = new Database(named(4));
    foreign.exec("CREATE TABLE notes (text TEXT); INSERT INTO notes VALUES ('hej')");
    foreign.close();
    copyFileSync(good, named(5));
    const newer = new Database(named(5));
    newer.pragma(`user_version = ${LATEST + 1}`);
    newer.close();
    // A sound database, but in WAL mode: not written by the backup writer.
    copyFileSync(good, named(6));
    const wal = new Database(named(6));
    wal.pragma('journal_mode = WAL');
    wal.close();
    // A sound copy under names the listing does not own.
    copyFileSync(good, path.join(folder.backupDir, 'handledning-kopia-20260502-030700.sqlite'));
    copyFileSync(good, path.join(folder.backupDir, 'Handledning-20260502-030800-manual.sqlite'));
    const before = readdirSync(folder.backupDir).sort();

    expect(list().map((b) => b.fileName)).toEqual([path.basename(good)]);
    // Listing reads; it writes nothing, not even -wal or -shm files.
    expect(readdirSync(folder.backupDir).sort()).toEqual(before);
  });

  it('notices a listed file that changed since it was last checked', async () => {
    const target = backupPath();
    await writeVerifiedBackup(db, target, LATEST);
    const listing = createBackupListing(LATEST);
    expect(listing.list(folder.backupDir)).toHaveLength(1);

    writeFileSync(target, readFileSync(target).subarray(0, 4096));

    expect(listing.list(folder.backupDir)).toEqual([]);
  });

  it('is empty for a folder that does not exist (yet)', () => {
    expect(createBackupListing(LATEST).list(path.join(folder.dir, 'finns-inte'))).toEqual([]);
    expect(existsSync(path.join(folder.dir, 'finns-inte'))).toBe(false);
  });
});
