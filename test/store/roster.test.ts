import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { schemaVersion } from '../../electron/backend/store/database';
import type { Db } from '../../electron/backend/store/db';
import { MIGRATIONS } from '../../electron/backend/store/migrations';
import { createStore, type Store } from '../../electron/backend/store/store';
import { openTestDatabase, openTestStore, removeTestDatabase, sqliteCode, type TempFolder, tempFolder } from './testDatabase';

let folder: TempFolder;
let db: Db;
let store: Store;
beforeEach(async () => {
  ({ folder, db, store } = await openTestStore());
});
afterEach(() => removeTestDatabase(db, folder));

const TODAY = '2026-05-01';
const unitFields = (name: string) => ({ name, providerName: 'Omsorg AB', managerName: 'Anna Berg' });

const columns = (table: string) => db.prepare(`SELECT name FROM pragma_table_info('${table}') ORDER BY cid`).pluck().all();

describe('the roster tables', () => {
  it('are created from an empty file, strict, with the columns the session records refer to', () => {
    expect(schemaVersion(db)).toBe(MIGRATIONS.length);
    const strict = db.prepare("SELECT name, strict FROM pragma_table_list WHERE name IN ('people', 'unit_staff') ORDER BY name").all();
    expect(strict).toEqual([
      { name: 'people', strict: 1 },
      { name: 'unit_staff', strict: 1 },
    ]);
    expect(columns('people')).toEqual(['id', 'name', 'name_key', 'role', 'employment', 'created_at', 'updated_at', 'email']);
    expect(columns('unit_staff')).toEqual(['unit_id', 'person_id', 'active_from', 'active_to', 'created_at', 'updated_at']);
  });

  it('are added to a version-1 database without touching its units', async () => {
    db.close();
    folder.remove();
    folder = tempFolder();
    db = await openTestDatabase(folder, MIGRATIONS.slice(0, 1));
    expect(schemaVersion(db)).toBe(1);
    db.prepare(
      "INSERT INTO units (name, name_key, provider_name, manager_name) VALUES ('Hemtjänst Norr', 'hemtjänst norr', 'Omsorg AB', 'Anna Berg')",
    ).run();
    db.close();

    db = await openTestDatabase(folder);
    store = createStore(db);
    expect(schemaVersion(db)).toBe(MIGRATIONS.length);
    const [unit] = store.units.list();
    expect(unit).toEqual({ id: 1, ...unitFields('Hemtjänst Norr'), location: '', managerEmail: '' });
    if (!unit) return;
    const person = store.people.insert({ name: 'Eva Falk', role: 'physiotherapist', employment: 'regular' });
    expect(store.staff.insert(unit.id, person.id, TODAY)).toMatchObject({ id: person.id, unitId: unit.id });
  });

  it('refuse an unknown role or employment, an end before the start and a second membership', () => {
    const unit = store.units.insert(unitFields('Hemtjänst Norr'));
    const person = store.people.insert({ name: 'Eva Falk', role: 'physiotherapist', employment: 'regular' });
    const insertPerson = db.prepare("INSERT INTO people (name, name_key, role, employment) VALUES ('X', 'x', ?, ?)");
    expect(sqliteCode(() => insertPerson.run('doctor', 'regular'))).toBe('SQLITE_CONSTRAINT_CHECK');
    expect(sqliteCode(() => insertPerson.run('nurse', 'temporary'))).toBe('SQLITE_CONSTRAINT_CHECK');
    store.staff.insert(unit.id, person.id, '2026-03-01');
    expect(sqliteCode(() => store.staff.setActiveTo(unit.id, person.id, '2026-02-28'))).toBe('SQLITE_CONSTRAINT_CHECK');
    expect(sqliteCode(() => store.staff.insert(unit.id, person.id, TODAY))).toBe('SQLITE_CONSTRAINT_PRIMARYKEY');
  });

  it('never lose a person or a membership to a delete: both are restricted', () => {
    const unit = store.units.insert(unitFields('Hemtjänst Norr'));
    const person = store.people.insert({ name: 'Eva Falk', role: 'physiotherapist', employment: 'regular' });
    store.staff.insert(unit.id, person.id, TODAY);
    // ON DELETE RESTRICT is reported as a trigger constraint by SQLite.
    expect(sqliteCode(() => db.prepare('DELETE FROM people WHERE id = ?').run(person.id))).toBe('SQLITE_CONSTRAINT_TRIGGER');
    expect(sqliteCode(() => db.prepare('DELETE FROM units WHERE id = ?').run(unit.id))).toBe('SQLITE_CONSTRAINT_TRIGGER');
    expect(store.staff.get(unit.id, person.id)).toMatchObject({ name: 'Eva Falk' });
    expect(sqliteCode(() => store.staff.insert(unit.id, 999, TODAY))).toBe('SQLITE_CONSTRAINT_FOREIGNKEY');
  });
});

describe('people and memberships', () => {
  it('a person in two units is one person, listed with both units, and survives reopening', async () => {
    const norr = store.units.insert(unitFields('Hemtjänst Norr'));
    const soder = store.units.insert(unitFields('Hemtjänst Söder'));
    const eva = store.people.insert({ name: 'Eva Falk', role: 'physiotherapist', employment: 'regular' });
    store.staff.insert(norr.id, eva.id, '2026-01-01');
    store.staff.insert(soder.id, eva.id, '2026-03-01');
    db.close();

    db = await openTestDatabase(folder);
    store = createStore(db);
    expect(store.people.list(TODAY)).toEqual([{ ...eva, unitIds: [norr.id, soder.id] }]);
    expect(store.staff.list(soder.id, TODAY, false)).toEqual([{ ...eva, unitId: soder.id, activeFrom: '2026-03-01', activeTo: null }]);
  });

  it('a leaver is hidden from the roster after the last day but kept with includeInactive', () => {
    const norr = store.units.insert(unitFields('Hemtjänst Norr'));
    const eva = store.people.insert({ name: 'Eva Falk', role: 'physiotherapist', employment: 'regular' });
    const bo = store.people.insert({ name: 'Bo Ek', role: 'careStaff', employment: 'substitute' });
    store.staff.insert(norr.id, eva.id, '2026-01-01');
    store.staff.insert(norr.id, bo.id, '2026-01-01');
    store.staff.setActiveTo(norr.id, bo.id, '2026-04-30');
    store.staff.setActiveTo(norr.id, eva.id, '2026-05-01');

    expect(store.staff.list(norr.id, TODAY, false).map((m) => m.name)).toEqual(['Eva Falk']);
    expect(store.staff.list(norr.id, TODAY, true).map((m) => [m.name, m.activeTo])).toEqual([
      ['Bo Ek', '2026-04-30'],
      ['Eva Falk', '2026-05-01'],
    ]);
    expect(store.people.list(TODAY).map((p) => [p.name, p.unitIds])).toEqual([
      ['Bo Ek', []],
      ['Eva Falk', [norr.id]],
    ]);
  });

  it('the roster is in Swedish alphabetical order: Å, Ä and Ö after Z', () => {
    const norr = store.units.insert(unitFields('Hemtjänst Norr'));
    for (const name of ['Örjan Lind', 'Zara Ali', 'Åsa Berg', 'Ärla Holm', 'Anna Berg']) {
      store.staff.insert(norr.id, store.people.insert({ name, role: 'careStaff', employment: 'regular' }).id, TODAY);
    }
    expect(store.staff.list(norr.id, TODAY, false).map((m) => m.name)).toEqual(['Anna Berg', 'Zara Ali', 'Åsa Berg', 'Ärla Holm', 'Örjan Lind']);
  });

  it('finds namesakes on a roster by the Swedish lower-case name, not the person themself', () => {
    const norr = store.units.insert(unitFields('Hemtjänst Norr'));
    const soder = store.units.insert(unitFields('Hemtjänst Söder'));
    const asa = store.people.insert({ name: 'Åsa Berg', role: 'careStaff', employment: 'regular' });
    const eva = store.people.insert({ name: 'Eva Falk', role: 'physiotherapist', employment: 'regular' });
    store.staff.insert(norr.id, asa.id, '2026-01-01');
    store.staff.insert(norr.id, eva.id, TODAY);
    store.staff.insert(soder.id, eva.id, TODAY);

    expect(store.staff.namesakesInUnit(norr.id, ' ÅSA  berg ', TODAY).map((m) => m.id)).toEqual([asa.id]);
    expect(store.staff.namesakesInUnit(norr.id, 'Åsa Berg', TODAY, asa.id)).toEqual([]);
    expect(store.staff.namesakesInUnit(soder.id, 'Åsa Berg', TODAY)).toEqual([]);
    // Eva is on Norr's roster, where an Åsa Berg already is.
    expect(store.staff.namesakesOnRostersOf(eva.id, 'åsa berg', TODAY).map((m) => [m.id, m.unitId])).toEqual([[asa.id, norr.id]]);
    store.staff.setActiveTo(norr.id, asa.id, '2026-04-30');
    expect(store.staff.namesakesOnRostersOf(eva.id, 'åsa berg', TODAY)).toEqual([]);
  });

  it('a change to a person is kept with the new name key', () => {
    const eva = store.people.insert({ name: 'Eva Falk', role: 'physiotherapist', employment: 'regular' });
    store.people.update({ ...eva, name: 'Eva Öst', employment: 'substitute' });
    expect(store.people.get(eva.id)).toEqual({ ...eva, name: 'Eva Öst', employment: 'substitute' });
    expect(db.prepare('SELECT name_key FROM people WHERE id = ?').pluck().get(eva.id)).toBe('eva öst');
  });
});
