import Database from 'better-sqlite3';
import type { Migration } from './migrations/types';
import v1 from './migrations/schema/v1.json';
import v2 from './migrations/schema/v2.json';
import v3 from './migrations/schema/v3.json';
import v4 from './migrations/schema/v4.json';
import v5 from './migrations/schema/v5.json';
import v6 from './migrations/schema/v6.json';
import v7 from './migrations/schema/v7.json';
import v8 from './migrations/schema/v8.json';
import v9 from './migrations/schema/v9.json';

/** One row of sqlite_schema, without its rootpage (where it happens to be stored in the file). */
export interface SchemaEntry {
  type: string;
  name: string;
  tbl_name: string;
  /** Null for the indexes SQLite makes itself for UNIQUE and PRIMARY KEY (sqlite_autoindex_*). */
  sql: string | null;
}

/**
 * The schema each version's migrations produce, generated from the migrations by
 * test/store/schemaSnapshots.test.ts and never edited by hand: index 0 is user_version 1.
 * Triggers and views are code that runs inside SQLite, so a file is trusted only when its
 * schema is exactly one of these.
 */
const SNAPSHOTS: readonly (readonly SchemaEntry[])[] = [v1, v2, v3, v4, v5, v6, v7, v8, v9];

/** The snapshot for a schema version; null for a version this app has no snapshot of. */
export function expectedSchema(version: number): readonly SchemaEntry[] | null {
  return SNAPSHOTS[version - 1] ?? null;
}

/**
 * The schema `migrations` make at each version, built in an in-memory database: how a
 * database opened with other migrations (a test playing another app version) checks the
 * backup it takes before migrating. For the app's own migrations it equals the snapshots.
 */
export function schemaMadeBy(migrations: readonly Migration[]): (version: number) => SchemaEntry[] | null {
  return (version) => {
    if (version < 1 || version > migrations.length) return null;
    const db = new Database(':memory:');
    try {
      for (const migration of migrations.slice(0, version)) db.exec(migration.up);
      return readSchema(db);
    } finally {
      db.close();
    }
  };
}

/** Every sqlite_schema entry of the open database, in a fixed order. */
export function readSchema(db: Database.Database): SchemaEntry[] {
  const rows = db.prepare('SELECT type, name, tbl_name, sql FROM sqlite_schema').all() as SchemaEntry[];
  return rows
    .map(({ type, name, tbl_name, sql }) => ({ type, name, tbl_name, sql }))
    .sort((a, b) => compare(a.type, b.type) || compare(a.name, b.name) || compare(a.tbl_name, b.tbl_name) || compare(a.sql ?? '', b.sql ?? ''));
}

/** Entry by entry, every field: one extra trigger, or one changed character of SQL, differs. */
export function sameSchema(found: readonly SchemaEntry[], expected: readonly SchemaEntry[]): boolean {
  return (
    found.length === expected.length &&
    found.every((entry, i) => {
      const other = expected[i]!;
      return entry.type === other.type && entry.name === other.name && entry.tbl_name === other.tbl_name && entry.sql === other.sql;
    })
  );
}

export const hasTable = (schema: readonly SchemaEntry[], table: string): boolean =>
  schema.some((entry) => entry.type === 'table' && entry.name === table);

/** Code-unit order, not locale order: the same on every computer. */
const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
