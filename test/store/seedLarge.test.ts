import Database from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { seededFile } from '../../scripts/seed/seedCache';
import { seedDatabase } from '../../scripts/seed/seedLarge';
import { dumpDatabase, tempFolder, type TempFolder } from './testDatabase';

const TINY = { units: 2, people: 12, years: 1 };

/** The dump without the bookkeeping SQLite stamps from the computer's clock (created_at, updated_at). */
function contentOf(file: string): string {
  const db = new Database(file, { readonly: true });
  try {
    const dump = JSON.parse(dumpDatabase(db)) as Record<string, unknown>;
    // The installation id is drawn at random for each database (migration 9): it names the file, not what it holds.
    if (Array.isArray(dump.settings)) dump.settings = (dump.settings as { key: string }[]).filter((row) => row.key !== 'installationId');
    return JSON.stringify(dump, (key, value: unknown) => (key === 'created_at' || key === 'updated_at' ? undefined : value));
  } finally {
    db.close();
  }
}

describe('the large seed (npm run seed:large)', () => {
  const folders: TempFolder[] = [];
  const seeded = async (seed: number) => {
    const folder = tempFolder();
    folders.push(folder);
    await seedDatabase(folder.file, { ...TINY, seed });
    return folder.file;
  };
  afterEach(() => folders.splice(0).forEach((folder) => folder.remove()));

  it('gives the same rows for the same seed, and other rows for another seed', async () => {
    const first = contentOf(await seeded(7));
    expect(contentOf(await seeded(7))).toBe(first);
    expect(contentOf(await seeded(8))).not.toBe(first);
  });

  it('fills the database through the API: every write is in the audit log, with the backend’s today', async () => {
    const db = new Database(await seeded(7), { readonly: true });
    try {
      const count = (sql: string) => db.prepare(sql).pluck().get() as number;
      const held = count('SELECT count(*) FROM held_sessions');
      expect(held).toBeGreaterThan(60);
      expect(count('SELECT count(*) FROM people')).toBe(TINY.people);
      expect(count(`SELECT count(*) FROM audit_log WHERE method = 'sessions.recordHeld'`)).toBe(held);
      expect(count(`SELECT count(*) FROM audit_log WHERE method = 'billing.markSent'`)).toBe(count('SELECT count(*) FROM billing_versions'));
      for (const method of [
        'units.create',
        'slotRules.add',
        'teamMeetings.addPattern',
        'staff.add',
        'staff.import',
        'sessions.cancel',
        'sessions.move',
      ])
        expect(count(`SELECT count(*) FROM audit_log WHERE method = '${method}'`), method).toBeGreaterThan(0);
      // The log's time follows the week being filled, not the computer's clock.
      expect(count(`SELECT count(*) FROM audit_log WHERE at > '2026-12-03'`)).toBe(0);
    } finally {
      db.close();
    }
  });

  it('seeds once per seed and size: the second run takes the cached file', async () => {
    const options = { ...TINY, seed: 4242 };
    const first = await seededFile(process.cwd(), options, true);
    const second = await seededFile(process.cwd(), options);
    expect([first.cached, second.cached]).toEqual([false, true]);
    expect(second.file).toBe(first.file);
    expect(readFileSync(second.file).equals(readFileSync(first.file))).toBe(true);
  });
});
