import Database from 'better-sqlite3';
import { copyFileSync, existsSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { translate } from '../../shared/i18n/translate';
import { dataFolder, fakeClock, filesIn, startHosted, unit, type FakeClock, type HostedBackend } from './backupHarness';

// A backup is trusted only when the app wrote it: one of its own file names, a regular file
// in the backup folder, and exactly the schema the migrations make for its version.

let data: ReturnType<typeof dataFolder>;
let clock: FakeClock;
let app: HostedBackend;
let good: string;
beforeEach(async () => {
  data = dataFolder();
  clock = fakeClock();
  app = await startHosted(data.dir, clock);
  await app.call('units.create', unit('Hemtjänst Norr'));
  good = (await app.call('backups.create', {})).fileName;
});
afterEach(() => {
  app.backend.close();
  data.remove();
});

/** Dated after every real backup: the recovery screen would pick it first if it were listed. */
const PLANTED = 'handledning-20260601-120000-manual.sqlite';

/** A copy of the sound backup under `fileName`, changed by `change`. */
function plant(fileName: string, change: (db: Database.Database) => void): void {
  const file = path.join(data.backupDir, fileName);
  copyFileSync(path.join(data.backupDir, good), file);
  const db = new Database(file);
  change(db);
  db.close();
}

const listedNames = async () => (await app.call('backups.list', {})).backups.map((b) => b.fileName);

async function expectRefused(fileName: string, error: { code: string; message: string }) {
  const live = data.liveHash();
  const wal = data.walHash();
  const files = filesIn(data.backupDir);

  expect(await app.send('backups.restore', { fileName })).toEqual({ ok: false, error });

  expect(data.liveHash()).toBe(live);
  expect(data.walHash()).toBe(wal);
  expect(filesIn(data.backupDir)).toEqual(files);
  expect((await app.call('units.list', {})).map((u) => u.name)).toEqual(['Hemtjänst Norr']);
}

const foreign = (fileName: string) => ({ code: 'CONFLICT', message: translate('error.restore.foreignSchema', { fileName }) });
const notOwn = (fileName: string) => ({ code: 'CONFLICT', message: translate('error.restore.notOwnFile', { fileName }) });

describe('a backup whose schema is not exactly the app’s own is never listed or restored', () => {
  it('one extra trigger: refused in Swedish, and the live file unchanged', async () => {
    plant(PLANTED, (db) => db.exec('CREATE TRIGGER wipe AFTER INSERT ON people BEGIN DELETE FROM held_sessions; END'));

    expect(await listedNames()).toEqual([good]);
    await expectRefused(PLANTED, foreign(PLANTED));
  });

  it('a table whose name holds SQL', async () => {
    plant(PLANTED, (db) => db.exec('CREATE TABLE [units" WHERE (SELECT count(*) FROM people, people, people, people) --] (a)'));
    expect(await listedNames()).toEqual([good]);
    await expectRefused(PLANTED, foreign(PLANTED));
  });

  it('a view, or one of the app’s own indexes changed', async () => {
    plant(PLANTED, (db) => db.exec('CREATE VIEW everyone AS SELECT * FROM people'));
    const changed = 'handledning-20260601-120000-manual-1.sqlite';
    plant(changed, (db) => db.exec('DROP INDEX people_name_key; CREATE INDEX people_name_key ON people (name)'));
    expect(await listedNames()).toEqual([good]);
    await expectRefused(PLANTED, foreign(PLANTED));
    await expectRefused(changed, foreign(changed));
  });

  it('the recovery screen offers and restores the newest sound backup, not a newer planted one', async () => {
    plant(PLANTED, (db) => db.exec('CREATE TRIGGER wipe AFTER INSERT ON people BEGIN DELETE FROM held_sessions; END'));
    app.backend.close();
    writeFileSync(data.file, 'inte en databas'.repeat(100));
    app = await startHosted(data.dir, clock);
    expect(await app.call('health.get', {})).toMatchObject({ state: 'damaged', newestBackup: { fileName: good } });

    expect(await app.call('recovery.restoreNewest', {})).toMatchObject({ state: 'ok' });

    expect((await app.call('units.list', {})).map((u) => u.name)).toEqual(['Hemtjänst Norr']);
    expect(existsSync(path.join(data.backupDir, PLANTED))).toBe(true);
  });
});

describe('only the app’s own backup files are restored', () => {
  it('a sound database under a name the app never writes', async () => {
    const evil = 'handledning-evil.sqlite';
    copyFileSync(path.join(data.backupDir, good), path.join(data.backupDir, evil));
    await expectRefused(evil, notOwn(evil));
  });

  it('a path rather than a file name of the backup folder (the contract refuses it first)', async () => {
    const outside = path.join(data.dir, 'utanfor');
    mkdirSync(outside);
    copyFileSync(path.join(data.backupDir, good), path.join(outside, PLANTED));
    const live = data.liveHash();
    for (const fileName of [`../utanfor/${PLANTED}`, path.join(outside, PLANTED)]) {
      expect(await app.send('backups.restore', { fileName })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    }
    expect(data.liveHash()).toBe(live);
  });

  it('a symlink under a backup name, even to a sound backup: not listed, not restored', async () => {
    const outside = path.join(data.dir, 'utanfor');
    mkdirSync(outside);
    copyFileSync(path.join(data.backupDir, good), path.join(outside, 'kopia.sqlite'));
    symlinkSync(path.join(outside, 'kopia.sqlite'), path.join(data.backupDir, PLANTED));

    expect(await listedNames()).toEqual([good]);
    await expectRefused(PLANTED, notOwn(PLANTED));
  });
});

describe('temp files left by a killed backup or restore', () => {
  it('are removed at start; files with other names are kept', async () => {
    app.backend.close();
    const leftovers = [
      path.join(data.backupDir, 'handledning-20260513-020000-automatic.sqlite.tmp'),
      path.join(data.backupDir, 'handledning-20260513-020000-automatic.sqlite.tmp-journal'),
      path.join(data.backupDir, 'handledning-20260513-030000-beforerestore-1.sqlite.tmp-wal'),
      path.join(data.backupDir, 'last-restore.json.tmp'),
      path.join(data.dir, 'handledning.sqlite.restore.tmp'),
      path.join(data.dir, 'handledning.sqlite.restore.tmp-journal'),
    ];
    const usersOwn = [
      path.join(data.backupDir, 'mina-anteckningar.tmp'),
      path.join(data.backupDir, 'handledning-evil.sqlite.tmp'),
      path.join(data.dir, 'handledning.sqlite.tmp'),
    ];
    for (const file of [...leftovers, ...usersOwn]) writeFileSync(file, 'halvskriven');

    app = await startHosted(data.dir, clock);

    expect(leftovers.filter((file) => existsSync(file))).toEqual([]);
    expect(usersOwn.filter((file) => existsSync(file))).toEqual(usersOwn);
  });
});
