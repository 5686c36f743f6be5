import Database from 'better-sqlite3';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/backend/store/database';
import { MIGRATIONS } from '../../electron/backend/store/migrations';
import { expectedSchema, readSchema, sameSchema, schemaMadeBy } from '../../electron/backend/store/schema';
import { openTestDatabase, tempFolder, type TempFolder } from './testDatabase';

// The snapshots the runtime check trusts are generated here from the migrations. A missing
// one is written only when asked (UPDATE_SCHEMA_SNAPSHOTS=1); an existing one is never
// rewritten, so a released migration that changes fails this test.
const SNAPSHOT_DIR = path.resolve(__dirname, '../../electron/backend/store/migrations/schema');
const snapshotFile = (version: number) => path.join(SNAPSHOT_DIR, `v${version}.json`);

let folder: TempFolder;
beforeEach(() => {
  folder = tempFolder();
});
afterEach(() => folder.remove());

async function schemaAfter(migrationCount: number) {
  const db = await openDatabase({ file: path.join(folder.dir, `v${migrationCount}.sqlite`), migrations: MIGRATIONS.slice(0, migrationCount) });
  try {
    return readSchema(db);
  } finally {
    db.close();
  }
}

describe('expected-schema snapshots', () => {
  it.each(MIGRATIONS.map((m) => m.version))('the migrations up to version %i produce exactly snapshot v%i', async (version) => {
    const schema = await schemaAfter(version);
    const file = snapshotFile(version);
    if (!existsSync(file)) {
      if (process.env.UPDATE_SCHEMA_SNAPSHOTS !== '1') {
        throw new Error(`No schema snapshot ${file}: run this test with UPDATE_SCHEMA_SNAPSHOTS=1 and import it in store/schema.ts`);
      }
      writeFileSync(file, `${JSON.stringify(schema, null, 2)}\n`);
    }
    const snapshot: unknown = JSON.parse(readFileSync(file, 'utf8'));
    expect(schema).toEqual(snapshot);
    expect(expectedSchema(version)).toEqual(snapshot);
    expect(schemaMadeBy(MIGRATIONS)(version)).toEqual(snapshot);
  });

  it('has a snapshot for every version and none beyond', () => {
    expect(expectedSchema(MIGRATIONS.length)).not.toBeNull();
    expect(expectedSchema(MIGRATIONS.length + 1)).toBeNull();
    expect(expectedSchema(0)).toBeNull();
  });

  it('a database upgraded one version at a time ends with the same schema as a new one', async () => {
    const file = path.join(folder.dir, 'stepwise.sqlite');
    for (let version = 1; version <= MIGRATIONS.length; version += 1) {
      (await openTestDatabase({ file, backupDir: folder.backupDir }, MIGRATIONS.slice(0, version))).close();
    }
    const db = new Database(file, { readonly: true });
    expect(sameSchema(readSchema(db), expectedSchema(MIGRATIONS.length)!)).toBe(true);
    db.close();
  });

  it('one extra trigger, or one changed character of SQL, is a different schema', async () => {
    const file = path.join(folder.dir, 'planted.sqlite');
    const db = await openDatabase({ file });
    const expected = expectedSchema(MIGRATIONS.length)!;
    expect(sameSchema(readSchema(db), expected)).toBe(true);
    db.exec('CREATE TRIGGER wipe AFTER INSERT ON people BEGIN DELETE FROM held_sessions; END');
    expect(sameSchema(readSchema(db), expected)).toBe(false);
    db.exec('DROP TRIGGER wipe');
    db.exec('DROP INDEX people_name_key; CREATE INDEX people_name_key ON people (name_key DESC)');
    expect(sameSchema(readSchema(db), expected)).toBe(false);
    db.close();
  });
});
