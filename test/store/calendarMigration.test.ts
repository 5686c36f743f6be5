import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../electron/backend/store/migrations';
import { createStore } from '../../electron/backend/store/store';
import { openTestDatabase, tempFolder, type TempFolder } from './testDatabase';

let folder: TempFolder;
beforeEach(() => {
  folder = tempFolder();
});
afterEach(() => folder.remove());

describe('migration 9 prepares the calendar export', () => {
  it('keeps every unit and person, with no place and no e-mail, and draws one installation id that stays', async () => {
    const old = await openTestDatabase(folder, MIGRATIONS.slice(0, 8));
    // Raw SQL: the repositories of today write the columns version 8 lacks.
    old
      .prepare(
        "INSERT INTO units (name, name_key, provider_name, manager_name) VALUES ('Hemtjänst Norr', 'hemtjänst norr', 'Omsorg AB', 'Anna Berg')",
      )
      .run();
    old.prepare("INSERT INTO people (name, name_key, role, employment) VALUES ('Bo Ek', 'bo ek', 'careStaff', 'regular')").run();
    old.close();

    const db = await openTestDatabase(folder);
    const store = createStore(db);
    expect(store.units.list()).toEqual([
      { id: 1, name: 'Hemtjänst Norr', providerName: 'Omsorg AB', managerName: 'Anna Berg', location: '', managerEmail: '' },
    ]);
    expect(store.people.get(1)).toEqual({ id: 1, name: 'Bo Ek', role: 'careStaff', employment: 'regular', email: '' });
    const installationId = store.settings.get('installationId');
    expect(installationId).toMatch(/^[0-9a-f]{32}$/);
    db.close();

    const reopened = await openTestDatabase(folder);
    expect(createStore(reopened).settings.get('installationId')).toBe(installationId);
    reopened.close();
  });

  it('gives two new databases different installation ids', async () => {
    const first = await openTestDatabase(folder);
    const other = tempFolder();
    const second = await openTestDatabase(other);
    expect(createStore(first).settings.get('installationId')).not.toBe(createStore(second).settings.get('installationId'));
    first.close();
    second.close();
    other.remove();
  });
});
