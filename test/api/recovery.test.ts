import Database from 'better-sqlite3';
import { closeSync, mkdirSync, openSync, readdirSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startBackend } from '../../electron/backend/startBackend';
import { DatabaseFromNewerVersionError, DatabaseNotHandledningError } from '../../electron/backend/store/errors';
import { MIGRATIONS } from '../../electron/backend/store/migrations';
import { METHOD_NAMES, RECOVERY_METHODS } from '../../shared/api/methods';
import { translate } from '../../shared/i18n/translate';
import { sha256 } from '../store/testDatabase';
import { dataFolder, fakeClock, startHosted, unit, type FakeClock, type HostedBackend } from './backupHarness';

let data: ReturnType<typeof dataFolder>;
let clock: FakeClock;
let app: HostedBackend | null;
beforeEach(() => {
  data = dataFolder();
  clock = fakeClock();
  app = null;
});
afterEach(() => {
  app?.backend.close();
  data.remove();
});

/** Norr in an older backup, Norr and Söder in the newest one, and Norr, Söder and Väster live. */
async function useTheApp(): Promise<{ older: string; newest: string }> {
  const running = await startHosted(data.dir, clock);
  await running.call('units.create', unit('Hemtjänst Norr'));
  const older = await running.call('backups.create', {});
  clock.advanceHours(24);
  await running.call('units.create', unit('Hemtjänst Söder'));
  const newest = await running.call('backups.create', {});
  clock.advanceHours(1);
  await running.call('units.create', unit('Hemtjänst Väster'));
  running.backend.close();
  return { older: older.fileName, newest: newest.fileName };
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

describe('a damaged database file at start', () => {
  it('opens the recovery mode, and the file keeps every byte', async () => {
    const { newest } = await useTheApp();
    damageUnitsTable(data.file);
    const before = sha256(data.file);

    app = await startHosted(data.dir, clock);

    expect(await app.call('health.get', {})).toEqual({
      state: 'damaged',
      file: data.file,
      problem: translate('error.recovery.damaged'),
      newestBackup: expect.objectContaining({ fileName: newest, contents: expect.objectContaining({ units: 2 }) }),
    });
    expect((await app.call('backups.list', {})).backups).toHaveLength(2);
    expect(await app.backend.maintenance.backupIfDue()).toBeNull();
    expect(sha256(data.file)).toBe(before);
  });

  it('answers every other method with RECOVERY_MODE, whatever the input', async () => {
    await useTheApp();
    damageUnitsTable(data.file);
    app = await startHosted(data.dir, clock);

    const others = METHOD_NAMES.filter((method) => !RECOVERY_METHODS.has(method));
    expect(others.length).toBe(METHOD_NAMES.length - 4);
    for (const method of others) {
      for (const input of [{}, null, { unitId: 1 }]) {
        expect(await app.send(method, input), method).toEqual({
          ok: false,
          error: { code: 'RECOVERY_MODE', message: translate('error.recovery.mode') },
        });
      }
    }
  });

  it('saves a byte-for-byte copy of the damaged file for IT', async () => {
    await useTheApp();
    damageUnitsTable(data.file);
    app = await startHosted(data.dir, clock);
    const forIt = path.join(data.dir, 'till-it');
    mkdirSync(forIt);

    const { path: copy } = await app.call('recovery.saveDamagedCopy', { folder: forIt });

    expect(path.dirname(copy)).toBe(forIt);
    expect(readFileSync(copy).equals(readFileSync(data.file))).toBe(true);
    const missing = path.join(data.dir, 'usb');
    expect(await app.send('recovery.saveDamagedCopy', { folder: missing })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { folder: translate('error.backup.folderMissing', { folder: missing }) } },
    });
  });

  it('restores the newest backup and keeps the damaged file, renamed, next to it', async () => {
    const { newest } = await useTheApp();
    damageUnitsTable(data.file);
    const damagedHash = sha256(data.file);
    app = await startHosted(data.dir, clock);

    const health = await app.call('recovery.restoreNewest', {});

    expect(health).toEqual({ state: 'ok', file: data.file, problem: null, newestBackup: expect.objectContaining({ fileName: newest }) });
    expect((await app.call('units.list', {})).map((u) => u.name)).toEqual(['Hemtjänst Norr', 'Hemtjänst Söder']);
    const kept = readdirSync(data.dir).filter((name) => /^handledning-skadad-\d{8}-\d{6}\.sqlite$/.test(name));
    expect(kept).toEqual(['handledning-skadad-20260515-100000.sqlite']);
    expect(sha256(path.join(data.dir, kept[0]!))).toBe(damagedHash);
    // A second click changes nothing.
    expect(await app.call('recovery.restoreNewest', {})).toEqual(health);

    app.backend.close();
    app = await startHosted(data.dir, clock);
    expect(await app.call('health.get', {})).toMatchObject({ state: 'ok' });
    expect((await app.call('units.list', {})).map((u) => u.name)).toEqual(['Hemtjänst Norr', 'Hemtjänst Söder']);
  });

  it('finds the backups in the folder the damaged database had set', async () => {
    const running = await startHosted(data.dir, clock);
    const share = path.join(data.dir, 'delad');
    mkdirSync(share);
    await running.call('units.create', unit('Hemtjänst Norr'));
    await running.call('backups.setFolder', { folder: share });
    const backup = await running.call('backups.create', {});
    running.backend.close();
    damageUnitsTable(data.file);

    app = await startHosted(data.dir, clock);

    expect(await app.call('health.get', {})).toMatchObject({ state: 'damaged', newestBackup: { fileName: backup.fileName } });
    await app.call('recovery.restoreNewest', {});
    expect((await app.call('backups.list', {})).folder).toBe(share);
  });

  it('says so when there is no backup to restore, and keeps the damaged file where it is', async () => {
    const running = await startHosted(data.dir, clock);
    await running.call('units.create', unit('Hemtjänst Norr'));
    running.backend.close();
    damageUnitsTable(data.file);
    const before = sha256(data.file);
    app = await startHosted(data.dir, clock);

    const result = await app.send('recovery.restoreNewest', {});

    expect(result).toEqual({ ok: false, error: { code: 'NOT_FOUND', message: translate('error.recovery.noBackup') } });
    expect(sha256(data.file)).toBe(before);
    expect(await app.call('health.get', {})).toMatchObject({ state: 'damaged', newestBackup: null });
  });

  it('skips a newest backup damaged since it was made, and restores the one before', async () => {
    const { older, newest } = await useTheApp();
    const newestFile = path.join(data.backupDir, newest);
    const bytes = readFileSync(newestFile);
    damageUnitsTable(data.file);
    app = await startHosted(data.dir, clock);
    // Damaged after the recovery screen listed it.
    bytes.fill(0x33, bytes.length - 4096);
    writeFileSync(newestFile, bytes);

    const health = await app.call('recovery.restoreNewest', {});

    expect(health.state).toBe('ok');
    expect((await app.call('units.list', {})).map((u) => u.name)).toEqual(['Hemtjänst Norr']);
    expect(health.newestBackup?.fileName).not.toBe(newest);
    expect((await app.call('backups.list', {})).backups.map((b) => b.fileName)).toContain(older);
  });
});

describe('a file SQLite cannot read as a database at start', () => {
  it.each([
    ['its header overwritten', (bytes: Buffer) => bytes.fill(0x00, 0, 100)],
    ['cut to a few bytes', (bytes: Buffer) => bytes.subarray(0, 40)],
    ['text instead of a database', () => Buffer.from('Det här är ingen databas.\n'.repeat(50))],
  ])('%s: recovery mode, the file untouched', async (_case, damage) => {
    await useTheApp();
    writeFileSync(data.file, damage(readFileSync(data.file)));
    const before = sha256(data.file);

    app = await startHosted(data.dir, clock);

    expect(await app.call('health.get', {})).toMatchObject({ state: 'damaged', problem: translate('error.recovery.unreadable') });
    expect(sha256(data.file)).toBe(before);
    await app.call('recovery.restoreNewest', {});
    expect((await app.call('units.list', {})).map((u) => u.name)).toEqual(['Hemtjänst Norr', 'Hemtjänst Söder']);
  });
});

describe('files that are not damaged but not ours to open are still refused at start', () => {
  const start = () => startBackend({ dataDir: data.dir, today: () => '2026-05-14', version: '9.9.9-test' });

  it('a database from a newer Handledning', async () => {
    await useTheApp();
    const db = new Database(data.file);
    db.pragma(`user_version = ${MIGRATIONS.length + 1}`);
    db.close();
    const before = sha256(data.file);

    await expect(start()).rejects.toBeInstanceOf(DatabaseFromNewerVersionError);
    expect(sha256(data.file)).toBe(before);
  });

  it('another program’s database', async () => {
    const db = new Database(data.file);
    db.exec("CREATE TABLE notes (text TEXT); INSERT INTO notes VALUES ('hej')");
    db.close();
    const before = sha256(data.file);

    await expect(start()).rejects.toBeInstanceOf(DatabaseNotHandledningError);
    expect(sha256(data.file)).toBe(before);
  });

  it('and a sound database starts normally (health ok)', async () => {
    await useTheApp();
    app = await startHosted(data.dir, clock);
    expect(await app.call('health.get', {})).toMatchObject({ state: 'ok', problem: null });
    expect((await app.call('units.list', {})).map((u) => u.name)).toEqual(['Hemtjänst Norr', 'Hemtjänst Söder', 'Hemtjänst Väster']);
  });
});
