import Database from 'better-sqlite3';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, schemaVersion } from '../../electron/backend/store/database';
import { APPLICATION_ID } from '../../electron/backend/store/databaseFile';
import { DatabaseFromNewerVersionError, DatabaseNotHandledningError } from '../../electron/backend/store/errors';
import { MIGRATIONS, type Migration } from '../../electron/backend/store/migrations';
import { version as appVersion } from '../../package.json';
import { recordedAppVersion } from '../../electron/backend/store/appVersionRecord';
import { translate } from '../../shared/i18n/translate';
import { openTestDatabase, sha256, tempFolder } from './testDatabase';

const LATEST = MIGRATIONS.length;
const future: Migration = {
  version: LATEST + 1,
  name: 'future',
  up: 'CREATE TABLE future_things (id INTEGER PRIMARY KEY) STRICT;',
};

let folder: ReturnType<typeof tempFolder>;
beforeEach(() => {
  folder = tempFolder();
});
afterEach(() => folder.remove());

/** The file names in the temp folder, to prove no -wal, -shm or -journal file was left. */
const filesInFolder = () => readdirSync(folder.dir).sort();

describe('opening a new database', () => {
  it('creates every table and sets the schema version to the latest migration', async () => {
    const db = await openTestDatabase(folder);
    const tables = db.prepare("SELECT name, strict FROM pragma_table_list WHERE schema = 'main' AND name NOT LIKE 'sqlite_%' ORDER BY name").all();
    expect(tables).toEqual(
      [
        'agenda_notes',
        'agreed_actions',
        'attendance',
        'audit_log',
        'billing_reopenings',
        'billing_settings',
        'billing_versions',
        'case_documentation',
        'cases_discussed',
        'held_sessions',
        'people',
        'session_overrides',
        'settings',
        'slot_rules',
        'team_meeting_dates',
        'team_meeting_patterns',
        'team_meeting_skips',
        'unit_staff',
        'units',
      ].map((name) => ({ name, strict: 1 })),
    );
    expect(schemaVersion(db)).toBe(LATEST);
    expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    db.close();
  });

  it('runs with WAL, synchronous FULL, foreign keys and a busy timeout', async () => {
    const db = await openTestDatabase(folder);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
    db.close();
  });

  it('takes no backup when there was nothing to back up', async () => {
    (await openTestDatabase(folder)).close();
    expect(existsSync(folder.backupDir)).toBe(false);
  });

  it('opens an up-to-date database again without migrating or backing up', async () => {
    (await openTestDatabase(folder)).close();
    const db = await openTestDatabase(folder);
    expect(schemaVersion(db)).toBe(LATEST);
    db.close();
    expect(existsSync(folder.backupDir)).toBe(false);
  });
});

describe('a database from a newer Handledning', () => {
  it('is refused with a Swedish message naming both app versions and both schema versions, and the file keeps every byte', async () => {
    (await openDatabase({ file: folder.file, migrations: [...MIGRATIONS, future], appVersion: '9.1.0' })).close();
    const before = sha256(folder.file);
    const filesBefore = filesInFolder();

    const refusal = await openTestDatabase(folder).catch((error: unknown) => error);

    expect(refusal).toBeInstanceOf(DatabaseFromNewerVersionError);
    expect(refusal).toMatchObject({
      found: LATEST + 1,
      supported: LATEST,
      appVersion,
      writtenBy: '9.1.0',
      messageKey: 'error.databaseFromNewerVersionWrittenBy',
    });
    const message = (refusal as Error).message;
    expect(message).toBe(
      translate('error.databaseFromNewerVersionWrittenBy', { found: LATEST + 1, supported: LATEST, appVersion, writtenBy: '9.1.0' }),
    );
    for (const named of ['Handledning 9.1.0', `databasversion ${LATEST + 1}`, `Handledning ${appVersion}`, `databasversion ${LATEST} och äldre`]) {
      expect(message).toContain(named);
    }
    expect(sha256(folder.file)).toBe(before);
    expect(filesInFolder()).toEqual(filesBefore);
    expect(filesInFolder().some((name) => name.endsWith('-wal'))).toBe(false);
  });

  it('is refused untouched also when it is in rollback-journal mode', async () => {
    const raw = new Database(folder.file);
    raw.exec('CREATE TABLE future_things (id INTEGER PRIMARY KEY) STRICT');
    raw.pragma(`application_id = ${APPLICATION_ID}`);
    raw.pragma(`user_version = ${LATEST + 1}`);
    raw.close();
    const before = sha256(folder.file);

    const refusal = await openTestDatabase(folder).catch((error: unknown) => error);

    // Written by no version that records itself: the message names the schema versions and this app.
    expect(refusal).toBeInstanceOf(DatabaseFromNewerVersionError);
    expect(refusal).toMatchObject({ writtenBy: null, messageKey: 'error.databaseFromNewerVersion' });
    expect((refusal as Error).message).toBe(translate('error.databaseFromNewerVersion', { found: LATEST + 1, supported: LATEST, appVersion }));
    expect(sha256(folder.file)).toBe(before);
    expect(filesInFolder()).toEqual(['handledning.sqlite']);
  });

  it('names the version that wrote it also while that version’s last writes are still in the -wal file', async () => {
    const newer = await openDatabase({ file: folder.file, migrations: [...MIGRATIONS, future], appVersion: '9.1.0' });
    // Still open: the header on disk says nothing yet; the newer schema is only in the -wal.
    expect(readdirSync(folder.dir)).toContain('handledning.sqlite-wal');

    const refusal = await openTestDatabase(folder).catch((error: unknown) => error);
    newer.close();

    expect(refusal).toMatchObject({ found: LATEST + 1, writtenBy: '9.1.0', messageKey: 'error.databaseFromNewerVersionWrittenBy' });
  });
});

describe('the app version kept in the database', () => {
  it('is the version that last opened it', async () => {
    (await openDatabase({ file: folder.file, appVersion: '1.0.0' })).close();
    const db = await openDatabase({ file: folder.file, appVersion: '1.1.0' });
    expect(recordedAppVersion(db)).toBe('1.1.0');
    db.close();
  });
});

describe('a file that is not a Handledning database', () => {
  it('refuses another program’s SQLite database and leaves it as it was', async () => {
    const raw = new Database(folder.file);
    raw.exec("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT); INSERT INTO notes (text) VALUES ('hej')");
    raw.close();
    const before = sha256(folder.file);

    const refusal = await openTestDatabase(folder).catch((error: unknown) => error);

    expect(refusal).toBeInstanceOf(DatabaseNotHandledningError);
    expect((refusal as Error).message).toBe(translate('error.databaseNotHandledning'));
    expect(sha256(folder.file)).toBe(before);
    expect(filesInFolder()).toEqual(['handledning.sqlite']);
  });

  it('refuses a database marked with another application id', async () => {
    const raw = new Database(folder.file);
    raw.pragma('application_id = 1234');
    raw.pragma('user_version = 1');
    raw.close();
    const before = sha256(folder.file);

    await expect(openTestDatabase(folder)).rejects.toBeInstanceOf(DatabaseNotHandledningError);
    expect(sha256(folder.file)).toBe(before);
  });

  it('refuses a file that is not SQLite at all', async () => {
    writeFileSync(folder.file, 'Det här är en textfil, ingen databas.\n'.repeat(10));
    const before = sha256(folder.file);

    await expect(openTestDatabase(folder)).rejects.toBeInstanceOf(DatabaseNotHandledningError);
    expect(sha256(folder.file)).toBe(before);
  });
});

describe('upgrading an older schema', () => {
  const first: Migration = { version: 1, name: 'first', up: 'CREATE TABLE things (id INTEGER PRIMARY KEY, label TEXT NOT NULL) STRICT;' };
  const second: Migration = { version: 2, name: 'second', up: 'ALTER TABLE things ADD COLUMN note TEXT;' };

  it('backs up the old file before migrating, then migrates', async () => {
    const old = await openTestDatabase(folder, [first]);
    old.prepare("INSERT INTO things (label) VALUES ('från version 1')").run();
    old.close();

    const db = await openTestDatabase(folder, [first, second]);

    expect(schemaVersion(db)).toBe(2);
    expect(db.prepare('SELECT label, note FROM things').all()).toEqual([{ label: 'från version 1', note: null }]);
    db.close();
    const backups = readdirSync(folder.backupDir);
    expect(backups).toHaveLength(1);
    expect(backups[0]).toMatch(/^handledning-\d{8}-\d{6}-beforemigration\.sqlite$/);
    const backup = new Database(`${folder.backupDir}/${backups[0]}`, { readonly: true });
    expect(backup.pragma('user_version', { simple: true })).toBe(1);
    expect(backup.prepare('SELECT label FROM things').pluck().all()).toEqual(['från version 1']);
    backup.close();
  });

  it('the store alone, with no hook, upgrades the schema and writes no backup', async () => {
    (await openDatabase({ file: folder.file, migrations: [first] })).close();

    const db = await openDatabase({ file: folder.file, migrations: [first, second] });

    expect(schemaVersion(db)).toBe(2);
    db.close();
    expect(existsSync(folder.backupDir)).toBe(false);
    expect(filesInFolder()).toEqual(['handledning.sqlite']);
  });

  it('runs the before-migrating hook on the old schema, told the versions, before the upgrade', async () => {
    (await openDatabase({ file: folder.file, migrations: [first] })).close();
    const seen: unknown[] = [];

    const db = await openDatabase({
      file: folder.file,
      migrations: [first, second],
      beforeMigrating: (old, { from, to, migrations }) => {
        seen.push({ from, to, steps: migrations.length, versionSeen: schemaVersion(old) });
        return Promise.resolve();
      },
    });

    expect(seen).toEqual([{ from: 1, to: 2, steps: 2, versionSeen: 1 }]);
    expect(schemaVersion(db)).toBe(2);
    db.close();
  });

  it('runs no hook for a new file, which holds nothing to keep', async () => {
    let called = false;
    const db = await openDatabase({ file: folder.file, beforeMigrating: () => Promise.resolve(void (called = true)) });
    db.close();
    expect(called).toBe(false);
  });

  it('a failing hook stops the upgrade: the old schema stays as it was', async () => {
    (await openDatabase({ file: folder.file, migrations: [first] })).close();
    const refusing = () => Promise.reject(new Error('ingen kopia'));

    await expect(openDatabase({ file: folder.file, migrations: [first, second], beforeMigrating: refusing })).rejects.toThrow('ingen kopia');

    const db = await openDatabase({ file: folder.file, migrations: [first] });
    expect(schemaVersion(db)).toBe(1);
    db.close();
  });

  it('leaves the old schema as it was when a migration fails', async () => {
    (await openTestDatabase(folder, [first])).close();
    const broken: Migration = { version: 2, name: 'broken', up: 'CREATE TABLE extra (id INTEGER) STRICT; NOT SQL AT ALL;' };

    await expect(openTestDatabase(folder, [first, broken])).rejects.toThrow();

    const db = await openTestDatabase(folder, [first]);
    expect(schemaVersion(db)).toBe(1);
    expect(db.prepare("SELECT count(*) FROM sqlite_schema WHERE name = 'extra'").pluck().get()).toBe(0);
    db.close();
  });

  it('refuses a migration list that skips a version', async () => {
    await expect(openTestDatabase(folder, [first, { ...second, version: 3 }])).rejects.toThrow(/expected 2/);
    expect(existsSync(folder.file)).toBe(false);
  });
});
