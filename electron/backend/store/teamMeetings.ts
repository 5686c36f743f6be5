import type { IsoDate, TeamMeetingDate, TeamMeetingPattern, TeamMeetingRecurrence, Weekday } from '../../../shared/domain/types';
import type { Db } from './db';

export interface PatternRow {
  id: number;
  unitId: number;
  kind: TeamMeetingRecurrence['kind'];
  nth: number | null;
  intervalWeeks: number | null;
  weekday: Weekday;
  validFrom: IsoDate;
  validTo: IsoDate | null;
}

export function toPattern({ kind, nth, intervalWeeks, weekday, ...row }: PatternRow, skippedDates: IsoDate[]): TeamMeetingPattern {
  const recurrence: TeamMeetingRecurrence =
    kind === 'nthWeekdayOfMonth' ? { kind, nth: nth as 1 | 2 | 3 | 4 | -1, weekday } : { kind, intervalWeeks: intervalWeeks as number, weekday };
  return { ...row, recurrence, skippedDates };
}

export function createTeamMeetingRepository(db: Db) {
  const dateColumns = 'id, unit_id AS unitId, date';
  const selectDates = db.prepare(`SELECT ${dateColumns} FROM team_meeting_dates WHERE unit_id = ? ORDER BY date`);
  const selectDate = db.prepare(`SELECT ${dateColumns} FROM team_meeting_dates WHERE unit_id = ? AND id = ?`);
  const selectDateOn = db.prepare(`SELECT ${dateColumns} FROM team_meeting_dates WHERE unit_id = ? AND date = ?`);
  const insertDate = db.prepare('INSERT INTO team_meeting_dates (unit_id, date) VALUES (?, ?)');
  const deleteDate = db.prepare('DELETE FROM team_meeting_dates WHERE id = ?');

  const patternColumns = `id, unit_id AS unitId, kind, nth, interval_weeks AS intervalWeeks, weekday,
    valid_from AS validFrom, valid_to AS validTo`;
  const selectPatterns = db.prepare(`SELECT ${patternColumns} FROM team_meeting_patterns WHERE unit_id = ? ORDER BY valid_from, id`);
  const selectPattern = db.prepare(`SELECT ${patternColumns} FROM team_meeting_patterns WHERE unit_id = ? AND id = ?`);
  const insertPattern = db.prepare(
    `INSERT INTO team_meeting_patterns (unit_id, kind, nth, interval_weeks, weekday, valid_from, valid_to)
     VALUES (@unitId, @kind, @nth, @intervalWeeks, @weekday, @validFrom, @validTo)`,
  );
  const endPattern = db.prepare(`UPDATE team_meeting_patterns SET valid_to = ?, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?`);
  const deletePattern = db.prepare('DELETE FROM team_meeting_patterns WHERE id = ?');

  const selectSkips = db.prepare('SELECT date FROM team_meeting_skips WHERE pattern_id = ? ORDER BY date').pluck();
  const insertSkip = db.prepare('INSERT OR IGNORE INTO team_meeting_skips (pattern_id, date) VALUES (?, ?)');
  const deleteSkip = db.prepare('DELETE FROM team_meeting_skips WHERE pattern_id = ? AND date = ?');
  const withSkips = (row: PatternRow) => toPattern(row, selectSkips.all(row.id) as IsoDate[]);
  // The skips of all the unit's patterns in one read, as the plan lists them every time.
  const selectUnitSkips = db.prepare(
    `SELECT s.pattern_id AS patternId, s.date FROM team_meeting_patterns p JOIN team_meeting_skips s ON s.pattern_id = p.id
     WHERE p.unit_id = ? ORDER BY s.pattern_id, s.date`,
  );

  return {
    listDates(unitId: number): TeamMeetingDate[] {
      return selectDates.all(unitId) as TeamMeetingDate[];
    },
    getDate(unitId: number, id: number): TeamMeetingDate | undefined {
      return selectDate.get(unitId, id) as TeamMeetingDate | undefined;
    },
    dateOn(unitId: number, date: IsoDate): TeamMeetingDate | undefined {
      return selectDateOn.get(unitId, date) as TeamMeetingDate | undefined;
    },
    insertDate(unitId: number, date: IsoDate): TeamMeetingDate {
      const { lastInsertRowid } = insertDate.run(unitId, date);
      return { id: Number(lastInsertRowid), unitId, date };
    },
    deleteDate(id: number): void {
      deleteDate.run(id);
    },

    listPatterns(unitId: number): TeamMeetingPattern[] {
      const skips = new Map<number, IsoDate[]>();
      for (const { patternId, date } of selectUnitSkips.all(unitId) as { patternId: number; date: IsoDate }[]) {
        skips.set(patternId, [...(skips.get(patternId) ?? []), date]);
      }
      return (selectPatterns.all(unitId) as PatternRow[]).map((row) => toPattern(row, skips.get(row.id) ?? []));
    },
    getPattern(unitId: number, id: number): TeamMeetingPattern | undefined {
      const row = selectPattern.get(unitId, id) as PatternRow | undefined;
      return row && withSkips(row);
    },
    insertPattern(pattern: Omit<TeamMeetingPattern, 'id' | 'skippedDates'>): TeamMeetingPattern {
      const { recurrence } = pattern;
      const { lastInsertRowid } = insertPattern.run({
        unitId: pattern.unitId,
        kind: recurrence.kind,
        nth: recurrence.kind === 'nthWeekdayOfMonth' ? recurrence.nth : null,
        intervalWeeks: recurrence.kind === 'everyNWeeks' ? recurrence.intervalWeeks : null,
        weekday: recurrence.weekday,
        validFrom: pattern.validFrom,
        validTo: pattern.validTo,
      });
      return { id: Number(lastInsertRowid), ...pattern, skippedDates: [] };
    },
    /** The pattern stops after `validTo`; the weeks it already covered stay as they were. */
    endPattern(id: number, validTo: IsoDate): void {
      endPattern.run(validTo, id);
    },
    deletePattern(id: number): void {
      deletePattern.run(id);
    },
    /** The pattern's meeting on `date` will not take place; its week gets its session. */
    skipOccurrence(patternId: number, date: IsoDate): void {
      insertSkip.run(patternId, date);
    },
    restoreOccurrence(patternId: number, date: IsoDate): void {
      deleteSkip.run(patternId, date);
    },
  };
}

export type TeamMeetingRepository = ReturnType<typeof createTeamMeetingRepository>;
