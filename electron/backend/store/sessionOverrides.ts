import type { ClockTime, IsoDate, IsoWeekKey, SessionOverride } from '../../../shared/domain/types';
import type { Db } from './db';

export interface OverrideRow {
  unitId: number;
  week: IsoWeekKey;
  movedDate: IsoDate | null;
  movedStartTime: ClockTime | null;
  cancelledReason: string | null;
}

export function toOverride({ movedDate, movedStartTime, ...row }: OverrideRow): SessionOverride {
  return { ...row, moved: movedDate && movedStartTime ? { date: movedDate, startTime: movedStartTime } : null };
}

export function createSessionOverrideRepository(db: Db) {
  const columns = `unit_id AS unitId, week, moved_date AS movedDate, moved_start_time AS movedStartTime,
    cancelled_reason AS cancelledReason`;
  const selectOne = db.prepare(`SELECT ${columns} FROM session_overrides WHERE unit_id = ? AND week = ?`);
  // Week keys are fixed-width ("2026-W05"), so text order is week order.
  const selectBetween = db.prepare(`SELECT ${columns} FROM session_overrides WHERE unit_id = ? AND week BETWEEN ? AND ? ORDER BY week`);
  const upsert = db.prepare(
    `INSERT INTO session_overrides (unit_id, week, moved_date, moved_start_time, cancelled_reason)
     VALUES (@unitId, @week, @movedDate, @movedStartTime, @cancelledReason)
     ON CONFLICT (unit_id, week) DO UPDATE SET
       moved_date = excluded.moved_date, moved_start_time = excluded.moved_start_time,
       cancelled_reason = excluded.cancelled_reason, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')`,
  );
  const remove = db.prepare('DELETE FROM session_overrides WHERE unit_id = ? AND week = ?');

  return {
    get(unitId: number, week: IsoWeekKey): SessionOverride | null {
      const row = selectOne.get(unitId, week) as OverrideRow | undefined;
      return row ? toOverride(row) : null;
    },
    listBetween(unitId: number, fromWeek: IsoWeekKey, toWeek: IsoWeekKey): SessionOverride[] {
      return (selectBetween.all(unitId, fromWeek, toWeek) as OverrideRow[]).map(toOverride);
    },
    save(override: SessionOverride): void {
      upsert.run({
        unitId: override.unitId,
        week: override.week,
        movedDate: override.moved?.date ?? null,
        movedStartTime: override.moved?.startTime ?? null,
        cancelledReason: override.cancelledReason,
      });
    },
    delete(unitId: number, week: IsoWeekKey): void {
      remove.run(unitId, week);
    },
  };
}

export type SessionOverrideRepository = ReturnType<typeof createSessionOverrideRepository>;
