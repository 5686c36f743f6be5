import type { AttendedSpan } from '../../../shared/domain/activePeriod';
import type { AttendanceEntry } from '../../../shared/domain/attendance';
import type { HeldSessionSummary } from '../../../shared/domain/plan';
import type { Attendee, HeldRecord, IsoDate, IsoWeekKey, PreviousAttendance, StaffRole } from '../../../shared/domain/types';
import type { Db } from './db';
import { bySwedishName } from './people';

interface AttendanceRow extends Attendee {
  isChair: 0 | 1;
}

export interface StoredHeldSession {
  held: HeldRecord;
  /** In Swedish name order, guests among them (personId null). */
  attendees: Attendee[];
}

/** Held sessions (genomförda) and their participants, a snapshot of each as they were that day. */
export function createHeldSessionRepository(db: Db) {
  const sessionColumns = `id, week, date, start_time AS startTime, duration_minutes AS durationMinutes, location`;
  const selectSession = db.prepare(`SELECT ${sessionColumns} FROM held_sessions WHERE unit_id = ? AND week = ?`);
  // Week keys are fixed-width ("2026-W05"), so text order is week order.
  // Weeks without a held session (team meetings, cancellations, holidays) have no row, so they are skipped.
  const selectLatestBefore = db.prepare(
    `SELECT id, week, date FROM held_sessions WHERE unit_id = ? AND date < ? ORDER BY date DESC, week DESC LIMIT 1`,
  );
  const selectSummaries = db.prepare(
    `SELECT h.week, h.date, h.start_time AS startTime, h.duration_minutes AS durationMinutes,
       (SELECT count(*) FROM attendance a WHERE a.held_session_id = h.id) AS participantCount
     FROM held_sessions h WHERE h.unit_id = ? AND h.week BETWEEN ? AND ? ORDER BY h.week`,
  );
  const selectAttendance = db.prepare(
    `SELECT id, person_id AS personId, name, role, employment, is_chair AS isChair
     FROM attendance WHERE held_session_id = ?`,
  );
  const upsertSession = db
    .prepare(
      `INSERT INTO held_sessions (unit_id, week, date, start_time, duration_minutes, location)
     VALUES (@unitId, @week, @date, @startTime, @durationMinutes, @location)
     ON CONFLICT (unit_id, week) DO UPDATE SET
       date = excluded.date, start_time = excluded.start_time, duration_minutes = excluded.duration_minutes,
       location = excluded.location, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
     RETURNING id`,
    )
    .pluck();
  const selectRoles = db.prepare(
    `SELECT h.week, a.role FROM held_sessions h JOIN attendance a ON a.held_session_id = h.id
     WHERE h.unit_id = ? AND h.week BETWEEN ? AND ?`,
  );
  const selectLastDate = db.prepare('SELECT max(date) FROM held_sessions WHERE unit_id = ?').pluck();
  const selectFirstDate = db.prepare('SELECT min(date) FROM held_sessions WHERE unit_id = ?').pluck();
  const selectAttendedSpan = db.prepare(
    `SELECT min(h.date) AS first, max(h.date) AS last FROM held_sessions h JOIN attendance a ON a.held_session_id = h.id
     WHERE h.unit_id = ? AND a.person_id = ?`,
  );
  const deleteAttendance = db.prepare('DELETE FROM attendance WHERE held_session_id = ?');
  // All of a session's participants in one statement, in the order given (so ids run in that order).
  const insertAttendance = db.prepare(
    `INSERT INTO attendance (held_session_id, person_id, name, role, employment, is_chair)
     SELECT ?, p.value ->> '$.personId', p.value ->> '$.name', p.value ->> '$.role', p.value ->> '$.employment', p.value ->> '$.isChair'
     FROM json_each(?) p ORDER BY p.key`,
  );

  return {
    get(unitId: number, week: IsoWeekKey): StoredHeldSession | null {
      const row = selectSession.get(unitId, week) as (Omit<HeldRecord, 'chairIds'> & { id: number }) | undefined;
      if (!row) return null;
      const { id, ...record } = row;
      const rows = (selectAttendance.all(id) as AttendanceRow[]).sort(bySwedishName);
      const chairIds = rows.filter((r) => r.isChair === 1).map((r) => r.personId as number);
      return {
        held: { ...record, chairIds },
        attendees: rows.map(({ isChair: _isChair, ...attendee }) => attendee),
      };
    },
    /** The members and chairs of the unit's latest session held before `date`, guests left out; null if none. */
    previousAttendance(unitId: number, date: IsoDate): PreviousAttendance | null {
      const row = selectLatestBefore.get(unitId, date) as { id: number; week: IsoWeekKey; date: IsoDate } | undefined;
      if (!row) return null;
      const members = (selectAttendance.all(row.id) as AttendanceRow[]).filter((r) => r.personId !== null).sort(bySwedishName);
      return {
        week: row.week,
        date: row.date,
        attendeeIds: members.map((r) => r.personId as number),
        chairIds: members.filter((r) => r.isChair === 1).map((r) => r.personId as number),
      };
    },
    /** What the plan needs of the held sessions in [fromWeek, toWeek]. */
    summariesBetween(unitId: number, fromWeek: IsoWeekKey, toWeek: IsoWeekKey): HeldSessionSummary[] {
      return selectSummaries.all(unitId, fromWeek, toWeek) as HeldSessionSummary[];
    },
    /** The role of each participant (as of that day) of the sessions held in [fromWeek, toWeek]: what billing counts. */
    participantRolesBetween(unitId: number, fromWeek: IsoWeekKey, toWeek: IsoWeekKey): Map<IsoWeekKey, { role: StaffRole }[]> {
      const byWeek = new Map<IsoWeekKey, { role: StaffRole }[]>();
      for (const { week, role } of selectRoles.all(unitId, fromWeek, toWeek) as { week: IsoWeekKey; role: StaffRole }[]) {
        const roles = byWeek.get(week);
        if (roles) roles.push({ role });
        else byWeek.set(week, [{ role }]);
      }
      return byWeek;
    },
    /** The date of the unit's earliest held session, or null. */
    firstDate(unitId: number): IsoDate | null {
      return (selectFirstDate.get(unitId) as IsoDate | null | undefined) ?? null;
    },
    /** The date of the unit's latest held session, or null. */
    lastDate(unitId: number): IsoDate | null {
      return (selectLastDate.get(unitId) as IsoDate | null | undefined) ?? null;
    },
    /** The first and last held session of the unit the person attended, or null if none. */
    attendedSpan(unitId: number, personId: number): AttendedSpan | null {
      const row = selectAttendedSpan.get(unitId, personId) as { first: IsoDate | null; last: IsoDate | null };
      return row.first !== null && row.last !== null ? { first: row.first, last: row.last } : null;
    },
    /** Records the session held, or corrects it: the participants are replaced as a whole. */
    save(unitId: number, record: Omit<HeldRecord, 'chairIds'>, participants: AttendanceEntry[]): void {
      const heldSessionId = upsertSession.get({ unitId, ...record }) as number;
      deleteAttendance.run(heldSessionId);
      if (participants.length === 0) return;
      const rows = participants.map(({ personId, name, role, employment, isChair }) => ({
        personId,
        name,
        role,
        employment,
        isChair: isChair ? 1 : 0,
      }));
      insertAttendance.run(heldSessionId, JSON.stringify(rows));
    },
  };
}

export type HeldSessionRepository = ReturnType<typeof createHeldSessionRepository>;
