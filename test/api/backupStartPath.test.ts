import { appendFileSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDataSafety, type LiveDatabase } from '../../electron/backend/backup/dataSafety';
import { checkBackupFile } from '../../electron/backend/backup/verify';
import { scheduleAutomaticBackups } from '../../electron/backend/hostGuards/backupSchedule';
import type { Db } from '../../electron/backend/store/db';
import { translate } from '../../shared/i18n/translate';
import { openTestDatabase, tempFolder, type TempFolder } from '../store/testDatabase';
import { dataFolder, fakeClock, filesIn, startHosted, unit, type FakeClock, type HostedBackend } from './backupHarness';

// The start never waits on backup files: whether a backup is due is read from the newest
// backup's name, and the backups are checked later, each verdict kept until its file changes.
// A restore never trusts a kept verdict: it checks its file in full, right before it is used.

/** A backup name an hour old in the first test, after its clock moved 30 hours: no backup is due by names. */
const RECENT = 'handledning-20260515-140000-automatic.sqlite';

describe('the start path', () => {
  let data: ReturnType<typeof dataFolder>;
  let clock: FakeClock;
  let app: HostedBackend;
  beforeEach(() => {
    data = dataFolder();
    clock = fakeClock();
  });
  afterEach(() => {
    app.backend.close();
    data.remove();
  });

  it('judges by the newest backup name: a file under it that fails the check does not hold up the first data', async () => {
    app = await startHosted(data.dir, clock);
    const norr = await app.call('units.create', unit('Hemtjänst Norr'));
    const sound = (await app.call('backups.create', {})).fileName;
    app.backend.close();
    // Random bytes under a recent backup name: any check of it fails.
    writeFileSync(path.join(data.backupDir, RECENT), Buffer.from(Array.from({ length: 20_000 }, (_, i) => (i * 31 + 7) % 256)));
    clock.advanceHours(30);

    app = await startHosted(data.dir, clock);
    expect(await app.backend.maintenance.backupAtStart()).toBeNull();
    expect(await app.call('health.get', {})).toMatchObject({ state: 'ok', newestBackup: null });
    expect(await app.call('units.list', {})).toMatchObject([{ id: norr.id }]);
    expect(filesIn(data.backupDir)).toEqual([sound, RECENT].sort());

    // Later the full check finds it: never listed, and the newest sound backup is a day old.
    expect((await app.call('backups.list', {})).backups.map((b) => b.fileName)).toEqual([sound]);
    const made = await app.backend.maintenance.backupIfDue();
    expect(made).toMatchObject({ kind: 'automatic', createdAt: '2026-05-15T15:00:00' });
    expect((await app.call('health.get', {})).newestBackup).toMatchObject({ fileName: made!.fileName });
    // The file that fails the check is the user's to remove: it stays.
    expect(filesIn(data.backupDir)).toContain(RECENT);
  });

  it('makes the day’s first backup when the newest name is a day old, before any call is answered', async () => {
    app = await startHosted(data.dir, clock);
    await app.call('units.create', unit('Hemtjänst Norr'));
    await app.call('backups.create', {});
    app.backend.close();
    clock.advanceHours(25);

    app = await startHosted(data.dir, clock);
    const atStart = app.backend.maintenance.backupAtStart();
    const units = app.call('units.list', {});
    expect(filesIn(data.backupDir)).toHaveLength(1);
    await units;
    // The call was answered after the backup was in place.
    expect(filesIn(data.backupDir)).toHaveLength(2);
    expect(await atStart).toMatchObject({ kind: 'automatic', createdAt: '2026-05-15T10:00:00' });
  });

  it('a start backup cut short by the app closing is no failure: nothing is logged, no partial file is left', async () => {
    app = await startHosted(data.dir, clock);
    await app.call('units.create', unit('Hemtjänst Norr'));
    await app.call('backups.create', {});
    app.backend.close();
    clock.advanceHours(25);
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      app = await startHosted(data.dir, clock);
      const atStart = app.backend.maintenance.backupAtStart();
      // Closed while the copy is being written (its temporary file is there).
      while (readdirSync(data.backupDir).length < 2) await new Promise((resolve) => setImmediate(resolve));
      app.backend.close();
      expect(await atStart).toBeNull();
      expect(logged.mock.calls.filter(([text]) => String(text).includes('automatic backup failed'))).toEqual([]);
      expect(filesIn(data.backupDir)).toHaveLength(1);
    } finally {
      logged.mockRestore();
    }
  });
});

describe('rotation', () => {
  let data: ReturnType<typeof dataFolder>;
  let app: HostedBackend;
  afterEach(() => {
    app.backend.close();
    data.remove();
  });

  it('runs at the full check even when every day’s backup was made at start', async () => {
    data = dataFolder();
    const clock = fakeClock();
    app = await startHosted(data.dir, clock);
    await app.call('units.create', unit('Hemtjänst Norr'));
    for (let day = 0; day < 40; day += 1) {
      expect(await app.backend.maintenance.backupAtStart()).not.toBeNull();
      clock.advanceHours(24);
    }
    clock.advanceHours(-23);
    const before = filesIn(data.backupDir);
    expect(before).toHaveLength(40);

    expect(await app.backend.maintenance.backupIfDue()).toBeNull();
    const kept = filesIn(data.backupDir);
    expect(kept.length).toBeLessThan(40);
    // The last seven days' backups are always kept.
    expect(kept).toEqual(expect.arrayContaining(before.slice(-7)));
  });
});

describe('the host’s schedule', () => {
  afterEach(() => vi.useRealTimers());

  it('starts the backup judged by names at once, and the full check only after the first view has had its data', () => {
    vi.useFakeTimers();
    const calls: string[] = [];
    const stop = scheduleAutomaticBackups(
      {
        maintenance: {
          backupAtStart: () => (calls.push('atStart'), Promise.resolve(null)),
          backupIfDue: () => (calls.push('ifDue'), Promise.resolve(null)),
        },
      },
      { firstAfterMs: 1_000, everyMs: 60_000 },
    );
    expect(calls).toEqual(['atStart']);
    vi.advanceTimersByTime(1_000);
    expect(calls).toEqual(['atStart', 'ifDue']);
    vi.advanceTimersByTime(60_000);
    expect(calls).toEqual(['atStart', 'ifDue', 'ifDue']);
    stop();
    vi.advanceTimersByTime(120_000);
    expect(calls).toHaveLength(3);
  });
});

describe('backup verdicts', () => {
  let folder: TempFolder;
  let db: Db;
  let opened: string[];
  let safety: ReturnType<typeof createDataSafety>;
  const clock = fakeClock();
  beforeEach(async () => {
    folder = tempFolder();
    db = await openTestDatabase(folder);
    opened = [];
    const live: LiveDatabase = { file: db.name, db: () => db, replace: () => undefined, release: () => undefined };
    safety = createDataSafety({
      live,
      dataDir: folder.dir,
      now: clock.now,
      damaged: null,
      checkBackup: (file, options) => (opened.push(path.basename(file)), checkBackupFile(file, options)),
    });
    for (let i = 0; i < 3; i += 1) {
      await safety.create();
      clock.advanceHours(1);
    }
  });
  afterEach(() => {
    db.close();
    folder.remove();
  });
  const backups = () => readdirSync(folder.backupDir).sort();

  it('the start’s decision and health open no backup file', async () => {
    clock.advanceHours(30);
    expect(await safety.backupIfDue('names')).toMatchObject({ kind: 'automatic' });
    expect(safety.health()).toMatchObject({ state: 'ok', newestBackup: null });
    expect(opened).toEqual([]);
  });

  it('are kept for an unchanged file, and made again when its size or modification time changes', () => {
    const [first, second, third] = backups() as [string, string, string];
    expect(safety.list().backups).toHaveLength(3);
    expect(opened.sort()).toEqual([first, second, third]);

    expect(safety.list().backups).toHaveLength(3);
    expect(safety.health().newestBackup).toMatchObject({ fileName: third });
    expect(opened).toHaveLength(3);

    utimesSync(path.join(folder.backupDir, first), new Date(2026, 0, 1), new Date(2026, 0, 1));
    appendFileSync(path.join(folder.backupDir, second), Buffer.alloc(512));
    safety.list();
    expect(opened.slice(3).sort()).toEqual([first, second]);
  });

  it('are made ahead, in steps, so that the listing then opens nothing', async () => {
    await safety.verifyAhead();
    expect(opened).toHaveLength(3);
    safety.list();
    expect(opened).toHaveLength(3);
  });
});

describe('a restore never trusts a kept verdict', () => {
  let data: ReturnType<typeof dataFolder>;
  let app: HostedBackend;
  beforeEach(async () => {
    data = dataFolder();
    app = await startHosted(data.dir, fakeClock());
  });
  afterEach(() => {
    app.backend.close();
    data.remove();
  });

  it('a backup damaged since it was listed, with the same size and modification time, is checked again in full and refused', async () => {
    await app.call('units.create', unit('Hemtjänst Norr'));
    const { fileName } = await app.call('backups.create', {});
    const file = path.join(data.backupDir, fileName);
    // A whole second, which the file system keeps exactly.
    const mtime = new Date(2026, 4, 14, 9, 0, 0);
    utimesSync(file, mtime, mtime);
    expect((await app.call('backups.list', {})).backups.map((b) => b.fileName)).toEqual([fileName]);

    const bytes = readFileSync(file);
    bytes.fill(0x5a, 4096 * 2, 4096 * 3);
    writeFileSync(file, bytes);
    utimesSync(file, mtime, mtime);
    const { size, mtimeMs } = statSync(file);
    expect({ size, mtimeMs }).toEqual({ size: bytes.length, mtimeMs: mtime.getTime() });
    // The listing still shows its kept verdict: the file looks unchanged.
    expect((await app.call('backups.list', {})).backups.map((b) => b.fileName)).toEqual([fileName]);

    const live = data.liveHash();
    expect(await app.send('backups.restore', { fileName })).toEqual({
      ok: false,
      error: { code: 'CONFLICT', message: translate('error.restore.corrupt', { fileName }) },
    });
    expect(data.liveHash()).toBe(live);
    expect(filesIn(data.backupDir)).toEqual([fileName]);
  });
});
