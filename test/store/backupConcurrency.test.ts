import Database from 'better-sqlite3';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { bundleForNode } from '../bundleForNode';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupFileName, parseBackupFileName, uniqueFile } from '../../electron/backend/backup/backupFiles';
import { createBackupListing } from '../../electron/backend/backup/listing';
import { checkBackupFile } from '../../electron/backend/backup/verify';
import { writeVerifiedBackup } from '../../electron/backend/backup/writer';
import type { Db } from '../../electron/backend/store/db';
import { MIGRATIONS } from '../../electron/backend/store/migrations';
import { openTestDatabase, removeTestDatabase, type TempFolder, tempFolder } from './testDatabase';

const LATEST = MIGRATIONS.length;
const ROOT = path.resolve(__dirname, '../..');
/** Enough rows that a backup spans many pages. */
const PREFILLED = 3000;

let folder: TempFolder;
let db: Db;
const children: ChildProcess[] = [];
beforeEach(async () => {
  folder = tempFolder();
  mkdirSync(folder.backupDir);
  db = await openTestDatabase(folder);
  const unit = db.prepare("INSERT INTO units (id, name, name_key, provider_name, manager_name) VALUES (?, ?, ?, 'Omsorg AB', 'Anna Berg')");
  const rule = db.prepare(
    "INSERT INTO slot_rules (unit_id, weekday, start_time, duration_minutes, valid_from) VALUES (?, 4, '14:00', 30, '2026-01-01')",
  );
  db.transaction(() => {
    for (let id = 1; id <= PREFILLED; id += 1) {
      unit.run(id, `Enhet ${id}`, `enhet ${id}`);
      rule.run(id);
    }
  })();
});
afterEach(() => {
  for (const child of children.splice(0)) child.kill('SIGKILL');
  removeTestDatabase(db, folder);
});

/** A child process, with its stdout lines as they come and a promise of its end. */
function run(args: string[]) {
  const child = spawn(process.execPath, args, {
    env: { ...process.env, NODE_PATH: path.join(ROOT, 'node_modules') },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  children.push(child);
  let buffered = '';
  const lines: string[] = [];
  const waiting: { test: (line: string) => boolean; resolve: () => void }[] = [];
  child.stdout.on('data', (chunk: Buffer) => {
    buffered += chunk.toString('utf8');
    const complete = buffered.split('\n');
    buffered = complete.pop()!;
    for (const line of complete) {
      lines.push(line);
      for (const waiter of waiting.splice(0)) {
        if (waiter.test(line)) waiter.resolve();
        else waiting.push(waiter);
      }
    }
  });
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  return {
    child,
    lines,
    exited,
    /** Resolves at the first line (from now on, or already seen) that passes `test`. */
    until: (test: (line: string) => boolean) =>
      lines.some(test) ? Promise.resolve() : new Promise<void>((resolve) => waiting.push({ test, resolve })),
  };
}

describe('a backup taken while another connection writes', () => {
  it('is sound and holds exactly the transactions committed before it, in full', async () => {
    const writer = run([path.join(__dirname, 'backupChildWrites.mjs'), folder.file, String(PREFILLED)]);
    const acknowledged = () => Number(writer.lines.at(-1) ?? PREFILLED);
    let previous = PREFILLED;

    for (let round = 0; round < 8; round += 1) {
      // Each backup starts only after the writer has committed more since the last one.
      const target = acknowledged() + 25;
      await writer.until((line) => Number(line) >= target);
      const committedBefore = acknowledged();
      const file = uniqueFile(folder.backupDir, (n) => backupFileName('automatic', new Date(), n));

      await writeVerifiedBackup(db, file, LATEST);

      const copy = new Database(file, { readonly: true });
      expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
      const ids = copy.prepare('SELECT id FROM units ORDER BY id').pluck().all() as number[];
      // A prefix of the writes: 1..n with no gap, each unit with its rule (no half transaction).
      expect(ids).toEqual(Array.from({ length: ids.length }, (_, i) => i + 1));
      expect(copy.prepare('SELECT count(*) FROM slot_rules').pluck().get()).toBe(ids.length);
      expect(copy.prepare('SELECT count(*) FROM units WHERE id NOT IN (SELECT unit_id FROM slot_rules)').pluck().get()).toBe(0);
      copy.close();
      expect(ids.length).toBeGreaterThanOrEqual(committedBefore);
      expect(ids.length).toBeGreaterThan(previous);
      previous = ids.length;
    }
    writer.child.kill('SIGKILL');
    await writer.exited;
  }, 60_000);
});

describe('a backup killed at a random moment', () => {
  let script: string;
  beforeEach(async () => {
    script = path.join(folder.dir, 'backups-child.cjs');
    await bundleForNode(path.join(__dirname, 'backupChildBackups.ts'), script);
    db.close();
  });

  it('never leaves an unverified file under a backup name, and the listing shows only sound ones', async () => {
    const listing = createBackupListing(LATEST);
    for (let kill = 0; kill < 15; kill += 1) {
      const child = run([script, folder.file, folder.backupDir]);
      const round = 1 + Math.floor(Math.random() * 3);
      await child.until((line) => line === `round ${round}`);
      // Somewhere in the next backup: copying, switching journal mode, checking, syncing or renaming.
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 40));
      child.child.kill('SIGKILL');
      await child.exited;

      const named = readdirSync(folder.backupDir).filter((name) => parseBackupFileName(name));
      for (const name of named) {
        expect(() => checkBackupFile(path.join(folder.backupDir, name), { latestVersion: LATEST, thorough: true }), name).not.toThrow();
      }
      expect(
        listing
          .list(folder.backupDir)
          .map((b) => b.fileName)
          .sort(),
      ).toEqual(named.sort());
    }
    const live = new Database(folder.file, { readonly: true });
    expect(live.pragma('integrity_check', { simple: true })).toBe('ok');
    live.close();
  }, 60_000);
});
