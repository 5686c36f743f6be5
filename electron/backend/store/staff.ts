import { personNameKey } from '../../../shared/domain/roster';
import type { IsoDate, StaffMember } from '../../../shared/domain/types';
import type { Db } from './db';
import { bySwedishName } from './people';

// "On the roster today" in SQL, the same rule as isOnRoster in shared/domain/roster.ts.
const onRoster = (alias: string) => `(${alias}.active_to IS NULL OR ${alias}.active_to >= @today)`;
const ON_ROSTER = onRoster('s');

/** Memberships (unit_staff): one row per person and unit, ended by active_to and never removed. */
export function createStaffRepository(db: Db) {
  const select = `SELECT p.id, p.name, p.role, p.employment, p.email, s.unit_id AS unitId,
      s.active_from AS activeFrom, s.active_to AS activeTo
    FROM unit_staff s JOIN people p ON p.id = s.person_id`;
  const selectAll = db.prepare(`${select} WHERE s.unit_id = @unitId`);
  const selectOnRoster = db.prepare(`${select} WHERE s.unit_id = @unitId AND ${ON_ROSTER}`);
  const selectOne = db.prepare(`${select} WHERE s.unit_id = @unitId AND s.person_id = @personId`);
  const selectNamesakes = db.prepare(
    `${select} WHERE p.name_key = @nameKey AND p.id <> @personId AND ${ON_ROSTER}
       AND s.unit_id IN (SELECT m.unit_id FROM unit_staff m WHERE m.person_id = @personId AND ${onRoster('m')})`,
  );
  const selectNamesakesInUnit = db.prepare(`${select} WHERE s.unit_id = @unitId AND p.name_key = @nameKey AND p.id <> @personId AND ${ON_ROSTER}`);
  const insert = db.prepare('INSERT INTO unit_staff (unit_id, person_id, active_from) VALUES (@unitId, @personId, @activeFrom)');
  const setPeriod = db.prepare(
    `UPDATE unit_staff SET active_from = @activeFrom, active_to = @activeTo, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
     WHERE unit_id = @unitId AND person_id = @personId`,
  );
  const setActiveTo = db.prepare(
    `UPDATE unit_staff SET active_to = @activeTo, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
     WHERE unit_id = @unitId AND person_id = @personId`,
  );

  const get = (unitId: number, personId: number) => selectOne.get({ unitId, personId }) as StaffMember | undefined;

  return {
    /** The unit's roster today in Swedish name order; with includeInactive also those who left. */
    list(unitId: number, today: IsoDate, includeInactive: boolean): StaffMember[] {
      const rows = includeInactive ? selectAll.all({ unitId }) : selectOnRoster.all({ unitId, today });
      return (rows as StaffMember[]).sort(bySwedishName);
    },
    get,
    /** Others with this name (compared by personNameKey) on the unit's roster today. */
    namesakesInUnit(unitId: number, name: string, today: IsoDate, personId = 0): StaffMember[] {
      return selectNamesakesInUnit.all({ unitId, nameKey: personNameKey(name), today, personId }) as StaffMember[];
    },
    /** Others with this name on any roster the person is on today: a rename must not make two. */
    namesakesOnRostersOf(personId: number, name: string, today: IsoDate): StaffMember[] {
      return selectNamesakes.all({ personId, nameKey: personNameKey(name), today }) as StaffMember[];
    },
    insert(unitId: number, personId: number, activeFrom: IsoDate): StaffMember {
      insert.run({ unitId, personId, activeFrom });
      return get(unitId, personId) as StaffMember;
    },
    /** Corrects the first and last day in the unit; the caller has checked that history stays true. */
    setPeriod(unitId: number, personId: number, activeFrom: IsoDate, activeTo: IsoDate | null): StaffMember {
      setPeriod.run({ unitId, personId, activeFrom, activeTo });
      return get(unitId, personId) as StaffMember;
    },
    /** Sets the last day in the unit, or reopens the membership with null. */
    setActiveTo(unitId: number, personId: number, activeTo: IsoDate | null): StaffMember {
      setActiveTo.run({ unitId, personId, activeTo });
      return get(unitId, personId) as StaffMember;
    },
  };
}

export type StaffRepository = ReturnType<typeof createStaffRepository>;
