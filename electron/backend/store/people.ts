import { personNameKey } from '../../../shared/domain/roster';
import type { IsoDate, Person, PersonWithUnits } from '../../../shared/domain/types';
import type { Db } from './db';

/** The e-mail came later: a person without one has none (''). */
export type PersonFields = Omit<Person, 'id' | 'email'> & Partial<Pick<Person, 'email'>>;

const swedishOrder = new Intl.Collator('sv-SE');

/** Names in Swedish alphabetical order (Å, Ä, Ö after Z); the same name by id. */
export function bySwedishName(a: Pick<Person, 'id' | 'name'>, b: Pick<Person, 'id' | 'name'>): number {
  return swedishOrder.compare(a.name, b.name) || a.id - b.id;
}

/** People are entered once and never deleted: attendance and actions refer to them. */
export function createPersonRepository(db: Db) {
  const columns = 'id, name, role, employment, email';
  const selectAll = db.prepare(`SELECT ${columns} FROM people`);
  const selectById = db.prepare(`SELECT ${columns} FROM people WHERE id = ?`);
  // Still on a unit's roster today: the same rule as isOnRoster.
  const selectCurrentUnits = db.prepare(
    'SELECT person_id AS personId, unit_id AS unitId FROM unit_staff WHERE active_to IS NULL OR active_to >= ? ORDER BY unit_id',
  );
  const insert = db.prepare('INSERT INTO people (name, name_key, role, employment, email) VALUES (@name, @nameKey, @role, @employment, @email)');
  const update = db.prepare(
    `UPDATE people SET name = @name, name_key = @nameKey, role = @role, employment = @employment, email = @email,
       updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = @id`,
  );

  return {
    /** Everyone, each with the units whose roster they are on today. */
    list(today: IsoDate): PersonWithUnits[] {
      const unitIds = new Map<number, number[]>();
      for (const { personId, unitId } of selectCurrentUnits.all(today) as { personId: number; unitId: number }[]) {
        unitIds.set(personId, [...(unitIds.get(personId) ?? []), unitId]);
      }
      return (selectAll.all() as Person[]).sort(bySwedishName).map((person) => ({ ...person, unitIds: unitIds.get(person.id) ?? [] }));
    },
    get(id: number): Person | undefined {
      return selectById.get(id) as Person | undefined;
    },
    insert({ name, role, employment, email = '' }: PersonFields): Person {
      const { lastInsertRowid } = insert.run({ name, role, employment, email, nameKey: personNameKey(name) });
      return { id: Number(lastInsertRowid), name, role, employment, email };
    },
    update({ id, name, role, employment, email }: Person): Person {
      update.run({ id, name, role, employment, email, nameKey: personNameKey(name) });
      return { id, name, role, employment, email };
    },
  };
}

export type PersonRepository = ReturnType<typeof createPersonRepository>;
