import { existsSync, readdirSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../electron/backend/store/migrations';
import { createStore } from '../../electron/backend/store/store';
import { openTestDatabase, tempFolder, type TempFolder } from './testDatabase';

let folder: TempFolder;
beforeEach(() => {
  folder = tempFolder();
});
afterEach(() => folder.remove());

describe('migration 7 gives every existing unit the day its routine started', () => {
  it('the earliest slot rule’s start, else the earliest roster start, else the day the unit was created', async () => {
    const old = await openTestDatabase(folder, MIGRATIONS.slice(0, 6));
    // Raw SQL: the repositories of today write the column version 6 lacks.
    const unit = (name: string, createdAt: string) =>
      Number(
        old
          .prepare("INSERT INTO units (name, name_key, provider_name, manager_name, created_at) VALUES (?, ?, 'Omsorg AB', 'Anna Berg', ?)")
          .run(name, name.toLowerCase(), createdAt).lastInsertRowid,
      );
    const planned = unit('Hemtjänst Norr', '2026-05-01T08:00:00.000Z');
    const rule = old.prepare("INSERT INTO slot_rules (unit_id, weekday, start_time, duration_minutes, valid_from) VALUES (?, 4, '14:00', 30, ?)");
    rule.run(planned, '2026-03-01');
    rule.run(planned, '2025-09-15');
    const staffed = unit('Hemtjänst Söder', '2026-05-01T08:00:00.000Z');
    const person = Number(
      old.prepare("INSERT INTO people (name, name_key, role, employment) VALUES ('Bo Ek', 'bo ek', 'careStaff', 'regular')").run().lastInsertRowid,
    );
    old.prepare('INSERT INTO unit_staff (unit_id, person_id, active_from) VALUES (?, ?, ?)').run(staffed, person, '2026-02-02');
    const bare = unit('Hemtjänst Väster', '2026-04-17T08:30:00.000Z');
    old.close();

    const db = await openTestDatabase(folder);
    const upgraded = createStore(db);
    expect([planned, staffed, bare].map((id) => upgraded.units.routineStart(id))).toEqual(['2025-09-15', '2026-02-02', '2026-04-17']);
    db.close();
    // The upgrade ran after a backup of the version-6 file.
    expect(existsSync(folder.backupDir) && readdirSync(folder.backupDir).length).toBeGreaterThan(0);
  });
});
