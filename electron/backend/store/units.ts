import type { IsoDate, Unit } from '../../../shared/domain/types';
import type { Db } from './db';

/** The calendar fields came later: a unit without them has none (''). */
export type UnitFields = Omit<Unit, 'id' | 'location' | 'managerEmail'> & Partial<Pick<Unit, 'location' | 'managerEmail'>>;

/**
 * The form of a unit name that decides uniqueness: "Enhet Å", " enhet å " and "ENHET Å"
 * are one name. Done in JS because SQLite's NOCASE folds only ASCII.
 */
export function unitNameKey(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('sv-SE');
}

const swedishOrder = new Intl.Collator('sv-SE');

export function createUnitRepository(db: Db) {
  const columns = 'id, name, provider_name AS providerName, manager_name AS managerName, location, manager_email AS managerEmail';
  const selectAll = db.prepare(`SELECT ${columns} FROM units`);
  const selectById = db.prepare(`SELECT ${columns} FROM units WHERE id = ?`);
  const selectIdByKey = db.prepare('SELECT id FROM units WHERE name_key = ?').pluck();
  const insert = db.prepare(
    `INSERT INTO units (name, name_key, provider_name, manager_name, location, manager_email, routine_start)
     VALUES (@name, @nameKey, @providerName, @managerName, @location, @managerEmail, @routineStart)`,
  );
  const selectRoutineStart = db.prepare('SELECT routine_start FROM units WHERE id = ?').pluck();
  const selectRoutineStarts = db.prepare('SELECT id, routine_start AS routineStart FROM units');
  const updateRoutineStart = db.prepare(`UPDATE units SET routine_start = ?, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?`);
  const update = db.prepare(
    `UPDATE units SET name = @name, name_key = @nameKey, provider_name = @providerName, manager_name = @managerName,
       location = @location, manager_email = @managerEmail,
       updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = @id`,
  );

  return {
    /** In Swedish alphabetical order (Å, Ä, Ö after Z). */
    list(): Unit[] {
      return (selectAll.all() as Unit[]).sort((a, b) => swedishOrder.compare(a.name, b.name) || a.id - b.id);
    },
    get(id: number): Unit | undefined {
      return selectById.get(id) as Unit | undefined;
    },
    /** The id of the unit that already has this name (compared by unitNameKey), if any. */
    idByName(name: string): number | undefined {
      return selectIdByKey.get(unitNameKey(name)) as number | undefined;
    },
    insert(fields: UnitFields, routineStart: IsoDate | null = null): Unit {
      const unit = { location: '', managerEmail: '', ...fields };
      const { lastInsertRowid } = insert.run({ ...unit, nameKey: unitNameKey(fields.name), routineStart });
      return { id: Number(lastInsertRowid), ...unit };
    },
    /** The day the unit's routine started (null only for a unit whose row predates it and had nothing to go by). */
    routineStart(id: number): IsoDate | null {
      return (selectRoutineStart.get(id) as IsoDate | null | undefined) ?? null;
    },
    /** Every unit's routine start by id, in one read (the month summary covers every unit). */
    routineStarts(): Map<number, IsoDate | null> {
      const rows = selectRoutineStarts.all() as { id: number; routineStart: IsoDate | null }[];
      return new Map(rows.map(({ id, routineStart }) => [id, routineStart]));
    },
    setRoutineStart(id: number, routineStart: IsoDate): void {
      updateRoutineStart.run(routineStart, id);
    },
    update(unit: Unit): Unit {
      update.run({ ...unit, nameKey: unitNameKey(unit.name) });
      return unit;
    },
  };
}

export type UnitRepository = ReturnType<typeof createUnitRepository>;
