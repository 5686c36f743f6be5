import type { SlotRule } from '../../../shared/domain/types';
import type { Db } from './db';

export function createSlotRuleRepository(db: Db) {
  const selectByUnit = db.prepare(
    `SELECT id, unit_id AS unitId, weekday, start_time AS startTime, duration_minutes AS durationMinutes,
       valid_from AS validFrom
     FROM slot_rules WHERE unit_id = ? ORDER BY valid_from, id`,
  );
  const insert = db.prepare(
    `INSERT INTO slot_rules (unit_id, weekday, start_time, duration_minutes, valid_from)
     VALUES (@unitId, @weekday, @startTime, @durationMinutes, @validFrom)`,
  );

  const deleteStartingOn = db.prepare('DELETE FROM slot_rules WHERE unit_id = ? AND valid_from = ?');
  const updateValidFrom = db.prepare('UPDATE slot_rules SET valid_from = ? WHERE id = ?');

  return {
    /** Oldest first; a change is a new rule from its start date. */
    list(unitId: number): SlotRule[] {
      return selectByUnit.all(unitId) as SlotRule[];
    },
    insert(rule: Omit<SlotRule, 'id'>): SlotRule {
      const { lastInsertRowid } = insert.run(rule);
      return { id: Number(lastInsertRowid), ...rule };
    },
    /** Only for a rule that has not yet begun: the caller checks that it starts today or later. */
    deleteStartingOn(unitId: number, validFrom: string): void {
      deleteStartingOn.run(unitId, validFrom);
    },
    /** Only for weeks with nothing held or sent: the caller checks (see rulesFromRoutineStart). */
    setValidFrom(id: number, validFrom: string): void {
      updateValidFrom.run(validFrom, id);
    },
  };
}

export type SlotRuleRepository = ReturnType<typeof createSlotRuleRepository>;
