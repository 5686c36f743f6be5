import Database from 'better-sqlite3';
import { chmodSync, copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupFileName } from '../../electron/backend/backup/backupFiles';
import { checkBackupFile } from '../../electron/backend/backup/verify';
import { openDatabase } from '../../electron/backend/store/database';
import { MIGRATIONS } from '../../electron/backend/store/migrations';
import { translate } from '../../shared/i18n/translate';
import { serverPerTest } from './cliServer';
import { dataFolder, fakeClock, filesIn, startHosted, unit, type FakeClock, type HostedBackend } from './backupHarness';

const LATEST = MIGRATIONS.length;

let data: ReturnType<typeof dataFolder>;
let clock: FakeClock;
let app: HostedBackend;
beforeEach(async () => {
  data = dataFolder();
  clock = fakeClock();
  app = await startHosted(data.dir, clock);
  await app.call('units.create', unit('Hemtjänst Norr'));
});
afterEach(() => {
  app.backend.close();
  data.remove();
});

const unitNames = async () => (await app.call('units.list', {})).map((u) => u.name);

describe('Säkerhetskopiera nu', () => {
  it('makes a verified manual backup in <data>/backups, listed with what it holds', async () => {
    const made = await app.call('backups.create', {});

    expect(made).toEqual({
      fileName: 'handledning-20260514-090000-manual.sqlite',
      kind: 'manual',
      createdAt: '2026-05-14T09:00:00',
      sizeBytes: readFileSync(path.join(data.backupDir, made.fileName)).length,
      contents: { schemaVersion: LATEST, units: 1, heldSessions: 0, latestSessionDate: null },
    });
    expect(await app.call('backups.list', {})).toEqual({ folder: data.backupDir, isDefaultFolder: true, backups: [made], undoRestore: null });
  });

  it('tells two backups in the same second apart', async () => {
    const first = await app.call('backups.create', {});
    const second = await app.call('backups.create', {});
    expect(second.fileName).toBe('handledning-20260514-090000-manual-1.sqlite');
    expect((await app.call('backups.list', {})).backups.map((b) => b.fileName)).toEqual([second.fileName, first.fileName]);
  });
});

describe('Spara en kopia som…', () => {
  it('writes a verified copy with the same data into the chosen folder, not listed as a backup', async () => {
    const usb = path.join(data.dir, 'usb');
    mkdirSync(usb);

    const { path: copy } = await app.call('backups.saveCopy', { folder: usb });

    expect(path.dirname(copy)).toBe(usb);
    expect(path.basename(copy)).toBe('handledning-kopia-20260514-090000.sqlite');
    expect(checkBackupFile(copy, { latestVersion: LATEST, thorough: true })).toMatchObject({ units: 1 });
    expect(filesIn(usb)).toEqual([path.basename(copy)]);
    mkdirSync(data.backupDir);
    await app.call('backups.saveCopy', { folder: data.backupDir });
    expect((await app.call('backups.list', {})).backups).toEqual([]);
  });

  it('refuses a folder that does not exist, in Swedish, and writes nothing', async () => {
    const missing = path.join(data.dir, 'usb-som-inte-sitter-i');
    const result = await app.send('backups.saveCopy', { folder: missing });
    const message = translate('error.backup.folderMissing', { folder: missing });
    expect(result).toEqual({ ok: false, error: { code: 'VALIDATION', message, fields: { folder: message } } });
    expect(existsSync(missing)).toBe(false);
  });
});

describe('the backup folder setting', () => {
  it('moves new backups to the chosen folder, and null brings back the default', async () => {
    const share = path.join(data.dir, 'delad');
    mkdirSync(share);
    const atDefault = await app.call('backups.create', {});

    const moved = await app.call('backups.setFolder', { folder: share });
    expect(moved).toEqual({ folder: share, isDefaultFolder: false, backups: [], undoRestore: null });
    clock.advanceHours(1);
    const atShare = await app.call('backups.create', {});
    expect(filesIn(share)).toEqual([atShare.fileName]);

    const back = await app.call('backups.setFolder', { folder: null });
    expect(back).toMatchObject({ folder: data.backupDir, isDefaultFolder: true, backups: [atDefault] });
  });

  it('is kept across a restart (it is stored in the database)', async () => {
    const share = path.join(data.dir, 'delad');
    mkdirSync(share);
    await app.call('backups.setFolder', { folder: share });
    app.backend.close();
    app = await startHosted(data.dir, clock);
    expect((await app.call('backups.list', {})).folder).toBe(share);
  });

  it('refuses a folder that does not exist', async () => {
    const missing = path.join(data.dir, 'finns-inte');
    const result = await app.send('backups.setFolder', { folder: missing });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { folder: translate('error.backup.folderMissing', { folder: missing }) } },
    });
    expect((await app.call('backups.list', {})).folder).toBe(data.backupDir);
  });

  describe('a folder it may not write in', () => {
    // As root, permission bits stop nothing: the check then runs in the browser-mode server as
    // the unprivileged user nobody, so it runs in CI (as root) too.
    const server = serverPerTest();
    const unprivileged = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : null;

    it('is refused, and nothing is written in it', async () => {
      const dataDir = server.data().dir;
      chmodSync(dataDir, 0o777);
      const locked = path.join(dataDir, 'skrivskyddad');
      mkdirSync(locked);
      chmodSync(locked, 0o500);
      const running = server.start(dataDir, {}, unprivileged);

      const result = await running.call('backups.setFolder', { folder: locked });
      chmodSync(locked, 0o700);
      expect(result).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION', fields: { folder: translate('error.backup.folderNotWritable', { folder: locked }) } },
      });
      expect(readdirSync(locked)).toEqual([]);
    });
  });
});

describe('restoring a backup', () => {
  it('brings back the data as backed up, after saving the live data; undo puts it back', async () => {
    const backup = await app.call('backups.create', {});
    clock.advanceHours(2);
    await app.call('units.create', unit('Hemtjänst Söder'));

    const restored = await app.call('backups.restore', { fileName: backup.fileName });

    expect(await unitNames()).toEqual(['Hemtjänst Norr']);
    expect(restored.undoRestore).toMatchObject({ kind: 'beforeRestore', createdAt: '2026-05-14T11:00:00', contents: { units: 2 } });
    expect(restored.backups.map((b) => b.kind).sort()).toEqual(['beforeRestore', 'manual']);
    // The swapped connection takes writes like the old one.
    await app.call('units.create', unit('Hemtjänst Öster'));
    expect(await unitNames()).toEqual(['Hemtjänst Norr', 'Hemtjänst Öster']);

    const undone = await app.call('backups.undoRestore', {});

    expect(await unitNames()).toEqual(['Hemtjänst Norr', 'Hemtjänst Söder']);
    expect(undone.undoRestore).toBeNull();
    // Undoing is itself a restore: the data it replaced was saved first.
    expect(undone.backups.filter((b) => b.kind === 'beforeRestore')).toHaveLength(2);
    expect(await app.call('backups.undoRestore', {})).toEqual(undone);
    expect(await unitNames()).toEqual(['Hemtjänst Norr', 'Hemtjänst Söder']);
  });

  it('survives a restart, and the undo is still offered after it', async () => {
    const backup = await app.call('backups.create', {});
    await app.call('units.create', unit('Hemtjänst Söder'));
    await app.call('backups.restore', { fileName: backup.fileName });
    app.backend.close();

    app = await startHosted(data.dir, clock);

    expect(await unitNames()).toEqual(['Hemtjänst Norr']);
    expect((await app.call('backups.list', {})).undoRestore).toMatchObject({ kind: 'beforeRestore' });
    await app.call('backups.undoRestore', {});
    expect(await unitNames()).toEqual(['Hemtjänst Norr', 'Hemtjänst Söder']);
  });

  it('keeps this computer’s backup folder, whatever the restored data had', async () => {
    const backup = await app.call('backups.create', {});
    const share = path.join(data.dir, 'delad');
    mkdirSync(share);
    copyFileSync(path.join(data.backupDir, backup.fileName), path.join(share, backup.fileName));
    await app.call('backups.setFolder', { folder: share });

    const restored = await app.call('backups.restore', { fileName: backup.fileName });

    expect(restored.folder).toBe(share);
    expect(restored.undoRestore).not.toBeNull();
  });

  it('migrates a backup from an older version as it opens it', async () => {
    const older = path.join(data.dir, 'older');
    mkdirSync(older);
    const old = await openDatabase({ file: path.join(older, 'db.sqlite'), migrations: MIGRATIONS.slice(0, 3) });
    old
      .prepare(
        "INSERT INTO units (name, name_key, provider_name, manager_name) VALUES ('Hemtjänst Gamla', 'hemtjänst gamla', 'Omsorg AB', 'Anna Berg')",
      )
      .run();
    old.pragma('journal_mode = DELETE');
    old.close();
    const fileName = 'handledning-20260101-120000-manual.sqlite';
    mkdirSync(data.backupDir);
    copyFileSync(path.join(older, 'db.sqlite'), path.join(data.backupDir, fileName));
    expect((await app.call('backups.list', {})).backups).toEqual([
      expect.objectContaining({ fileName, contents: expect.objectContaining({ schemaVersion: 3 }) }),
    ]);

    await app.call('backups.restore', { fileName });

    expect(await unitNames()).toEqual(['Hemtjänst Gamla']);
    expect((await app.call('app.info', {})).schemaVersion).toBe(LATEST);
    expect(filesIn(data.backupDir).filter((name) => name.endsWith('-beforemigration.sqlite'))).toHaveLength(1);
  });
});

describe('starting over a database from an older version', () => {
  it('backs it up, verified and named by the backend’s clock, before the upgrade', async () => {
    app.backend.close();
    for (const file of [data.file, `${data.file}-wal`, `${data.file}-shm`]) rmSync(file, { force: true });
    const old = await openDatabase({ file: data.file, migrations: MIGRATIONS.slice(0, 3) });
    old
      .prepare(
        "INSERT INTO units (name, name_key, provider_name, manager_name) VALUES ('Hemtjänst Gamla', 'hemtjänst gamla', 'Omsorg AB', 'Anna Berg')",
      )
      .run();
    old.close();

    app = await startHosted(data.dir, clock);

    const fileName = backupFileName('beforeMigration', clock.now());
    expect(filesIn(data.backupDir)).toEqual([fileName]);
    expect(checkBackupFile(path.join(data.backupDir, fileName), { latestVersion: LATEST, thorough: true })).toMatchObject({
      schemaVersion: 3,
      units: 1,
    });
    expect(await unitNames()).toEqual(['Hemtjänst Gamla']);
    expect((await app.call('app.info', {})).schemaVersion).toBe(LATEST);
  });
});

describe('a backup that cannot be trusted is refused, and the live data is untouched', () => {
  const named = 'handledning-20260510-120000-manual.sqlite';

  async function expectRefused(message: string) {
    const listed = await app.call('backups.list', {});
    const live = data.liveHash();
    const wal = data.walHash();
    const files = filesIn(data.backupDir);

    const result = await app.send('backups.restore', { fileName: named });

    expect(result).toEqual({ ok: false, error: { code: 'CONFLICT', message } });
    expect(data.liveHash()).toBe(live);
    expect(data.walHash()).toBe(wal);
    // Not even the pre-restore backup was made: the file was refused first.
    expect(filesIn(data.backupDir)).toEqual(files);
    expect(await app.call('backups.list', {})).toEqual(listed);
    expect(await unitNames()).toEqual(['Hemtjänst Norr']);
  }

  beforeEach(async () => {
    await app.call('backups.create', {});
  });

  it('random bytes under a backup name', async () => {
    writeFileSync(path.join(data.backupDir, named), Buffer.from(Array.from({ length: 20_000 }, (_, i) => (i * 31 + 7) % 256)));
    await expectRefused(translate('error.restore.corrupt', { fileName: named }));
  });

  it('a backup damaged after it was written', async () => {
    const [good] = (await app.call('backups.list', {})).backups;
    const bytes = readFileSync(path.join(data.backupDir, good!.fileName));
    bytes.fill(0x5a, 4096 * 2, 4096 * 3);
    writeFileSync(path.join(data.backupDir, named), bytes);
    await expectRefused(translate('error.restore.corrupt', { fileName: named }));
  });

  it('another program’s SQLite database', async () => {
    const foreign = new Database(path.join(data.backupDir, named));
    foreign.exec("CREATE TABLE notes (text TEXT); INSERT INTO notes VALUES ('hej')");
    foreign.close();
    await expectRefused(translate('error.restore.notHandledning', { fileName: named }));
  });

  it('a backup from a newer Handledning', async () => {
    const [good] = (await app.call('backups.list', {})).backups;
    copyFileSync(path.join(data.backupDir, good!.fileName), path.join(data.backupDir, named));
    const newer = new Database(path.join(data.backupDir, named));
    newer.pragma(`user_version = ${LATEST + 1}`);
    newer.close();
    await expectRefused(translate('error.restore.newerVersion', { fileName: named, found: LATEST + 1, supported: LATEST }));
  });

  it('a backup from an older version with a table its migrations did not make', async () => {
    // Before the schema check this file was restored and failed only as it was migrated.
    const older = path.join(data.dir, 'older');
    mkdirSync(older);
    const old = await openDatabase({ file: path.join(older, 'db.sqlite'), migrations: MIGRATIONS.slice(0, 3) });
    old.exec('CREATE TABLE billing_settings (x INTEGER)');
    old.pragma('journal_mode = DELETE');
    old.close();
    copyFileSync(path.join(older, 'db.sqlite'), path.join(data.backupDir, named));
    await expectRefused(translate('error.restore.foreignSchema', { fileName: named }));
  });

  it('a file that is not there', async () => {
    const result = await app.send('backups.restore', { fileName: named });
    expect(result).toEqual({ ok: false, error: { code: 'NOT_FOUND', message: translate('error.backup.notFound', { fileName: named }) } });
  });
});

describe('automatic backups (maintenance.backupIfDue)', () => {
  it('makes one when the newest backup is a day old, not before', async () => {
    const first = await app.backend.maintenance.backupIfDue();
    expect(first).toMatchObject({ kind: 'automatic', fileName: 'handledning-20260514-090000-automatic.sqlite' });

    clock.advanceHours(23);
    expect(await app.backend.maintenance.backupIfDue()).toBeNull();
    clock.advanceHours(1);
    expect(await app.backend.maintenance.backupIfDue()).toMatchObject({ createdAt: '2026-05-15T09:00:00' });
  });

  it('counts a manual backup as recent', async () => {
    await app.call('backups.create', {});
    clock.advanceHours(12);
    expect(await app.backend.maintenance.backupIfDue()).toBeNull();
  });

  it('rotates: over 60 days only the promised automatic backups remain, and the manual one', async () => {
    const manual = await app.call('backups.create', {});
    for (let day = 0; day < 60; day += 1) {
      clock.advanceHours(24);
      expect(await app.backend.maintenance.backupIfDue()).not.toBeNull();
    }
    const { backups } = await app.call('backups.list', {});
    const automatic = backups.filter((b) => b.kind === 'automatic').map((b) => b.createdAt.slice(0, 10));
    // Today is Monday 13 July (week 29): the last 7 days; the Sundays that closed weeks 27
    // and 26 (week 28's is among the days); the last days of June and May.
    expect(automatic).toEqual([
      '2026-07-13',
      '2026-07-12',
      '2026-07-11',
      '2026-07-10',
      '2026-07-09',
      '2026-07-08',
      '2026-07-07',
      '2026-07-05',
      '2026-06-30',
      '2026-06-28',
      '2026-05-31',
    ]);
    expect(backups.map((b) => b.fileName)).toContain(manual.fileName);
    expect(filesIn(data.backupDir)).toEqual(backups.map((b) => b.fileName).sort());
  });

  it('clears away the temp file of a backup that was killed', async () => {
    mkdirSync(data.backupDir, { recursive: true });
    writeFileSync(path.join(data.backupDir, 'handledning-20260513-020000-automatic.sqlite.tmp'), 'halvskriven');
    const made = await app.backend.maintenance.backupIfDue();
    expect(filesIn(data.backupDir)).toEqual([made!.fileName]);
  });
});

describe('the connection swap', () => {
  it('answers calls made during a restore after it, on the restored data', async () => {
    const backup = await app.call('backups.create', {});
    await app.call('units.create', unit('Hemtjänst Söder'));

    const [restored, listed] = await Promise.all([app.call('backups.restore', { fileName: backup.fileName }), app.call('units.list', {})]);

    expect(restored.undoRestore).not.toBeNull();
    expect(listed.map((u) => u.name)).toEqual(['Hemtjänst Norr']);
    expect(readdirSync(data.dir).filter((name) => name.includes('restore.tmp'))).toEqual([]);
  });
});
