import type {
  CaseKind,
  ClockTime,
  IsoDate,
  IsoWeekKey,
  SessionOverride,
  SlotRule,
  StaffMember,
  StaffRole,
  TeamMeetingDate,
  TeamMeetingPattern,
} from '../../../shared/domain/types';
import type { Db } from './db';
import { toOverride, type OverrideRow } from './sessionOverrides';
import { toPattern, type PatternRow } from './teamMeetings';

/** What the statistics read of one period, for one unit or every unit at once. */
export interface StatisticsRows {
  rules: SlotRule[];
  teamMeetingDates: TeamMeetingDate[];
  teamMeetingPatterns: TeamMeetingPattern[];
  overrides: SessionOverride[];
  held: HeldRow[];
  /** Heads per held session and role of the day, guests included. */
  roles: { heldId: number; role: StaffRole; n: number }[];
  guests: { heldId: number; n: number }[];
  /** Everyone whose membership overlaps the period. */
  members: StaffMember[];
  /** Each roster member's attendance at held sessions dated in [attendanceFrom, to]. */
  attendance: { unitId: number; personId: number; date: IsoDate }[];
  /** Each roster member's last attendance at a held session of the unit, up to `to` (none: no row). */
  lastAttended: { unitId: number; personId: number; date: IsoDate }[];
  actions: { unitId: number; week: IsoWeekKey; closed: number; open: number; overdue: number }[];
  /** Cases of held sessions from the period's first week on (later ones tell what was followed up). */
  cases: { unitId: number; week: IsoWeekKey; date: IsoDate; kind: CaseKind; reference: string; hasGoal: 0 | 1 }[];
}

export interface HeldRow {
  id: number;
  unitId: number;
  week: IsoWeekKey;
  date: IsoDate;
  startTime: ClockTime;
  durationMinutes: number;
}

export interface StatisticsQuery {
  /** Null: every unit. */
  unitId: number | null;
  from: IsoDate;
  to: IsoDate;
  fromWeek: IsoWeekKey;
  toWeek: IsoWeekKey;
  /** The Monday of `fromWeek` and the Sunday of `toWeek`: the plan's team meetings and skips lie between. */
  monday: IsoDate;
  sunday: IsoDate;
  /** The first day the absence window reaches (it may lie before `from`). */
  attendanceFrom: IsoDate;
  attendanceFromWeek: IsoWeekKey;
  today: IsoDate;
}

/**
 * The statistics' reads: one statement per kind of row, for one unit or every unit, however
 * many units, people or weeks there are. Rows of a unit's weeks are reached through the
 * (unit, week) indexes from the units table (CROSS JOIN keeps SQLite from choosing another
 * join order); `@unitId IS NULL OR u.id = @unitId` narrows it to one unit.
 */
export function createStatisticsReader(db: Db) {
  const UNITS = 'units u CROSS JOIN';
  const IN_SCOPE = '(@unitId IS NULL OR u.id = @unitId)';
  const rules = db.prepare(
    `SELECT r.id, r.unit_id AS unitId, r.weekday, r.start_time AS startTime, r.duration_minutes AS durationMinutes,
       r.valid_from AS validFrom
     FROM ${UNITS} slot_rules r ON r.unit_id = u.id WHERE ${IN_SCOPE} ORDER BY r.unit_id, r.valid_from, r.id`,
  );
  const meetingDates = db.prepare(
    `SELECT d.id, d.unit_id AS unitId, d.date
     FROM ${UNITS} team_meeting_dates d ON d.unit_id = u.id AND d.date BETWEEN @monday AND @sunday
     WHERE ${IN_SCOPE} ORDER BY d.unit_id, d.date`,
  );
  const patterns = db.prepare(
    `SELECT p.id, p.unit_id AS unitId, p.kind, p.nth, p.interval_weeks AS intervalWeeks, p.weekday,
       p.valid_from AS validFrom, p.valid_to AS validTo
     FROM ${UNITS} team_meeting_patterns p ON p.unit_id = u.id
     WHERE ${IN_SCOPE} AND p.valid_from <= @sunday AND (p.valid_to IS NULL OR p.valid_to >= @monday)
     ORDER BY p.unit_id, p.valid_from, p.id`,
  );
  const skips = db.prepare(
    'SELECT pattern_id AS patternId, date FROM team_meeting_skips WHERE date BETWEEN @monday AND @sunday ORDER BY pattern_id, date',
  );
  const overrides = db.prepare(
    `SELECT o.unit_id AS unitId, o.week, o.moved_date AS movedDate, o.moved_start_time AS movedStartTime,
       o.cancelled_reason AS cancelledReason
     FROM ${UNITS} session_overrides o ON o.unit_id = u.id AND o.week BETWEEN @fromWeek AND @toWeek
     WHERE ${IN_SCOPE} ORDER BY o.unit_id, o.week`,
  );
  const held = db.prepare(
    `SELECT h.id, h.unit_id AS unitId, h.week, h.date, h.start_time AS startTime, h.duration_minutes AS durationMinutes
     FROM ${UNITS} held_sessions h ON h.unit_id = u.id AND h.week BETWEEN @fromWeek AND @toWeek
     WHERE ${IN_SCOPE} ORDER BY h.unit_id, h.week`,
  );
  // Counted from the (session, role) index alone: no attendance row is read.
  const roles = db.prepare(
    `SELECT h.id AS heldId, a.role, count(*) AS n
     FROM ${UNITS} held_sessions h ON h.unit_id = u.id AND h.week BETWEEN @fromWeek AND @toWeek
       CROSS JOIN attendance a ON a.held_session_id = h.id
     WHERE ${IN_SCOPE} GROUP BY h.id, a.role`,
  );
  // From the (session, person) index alone: a guest has no person.
  const guests = db.prepare(
    `SELECT h.id AS heldId, count(*) AS n
     FROM ${UNITS} held_sessions h ON h.unit_id = u.id AND h.week BETWEEN @fromWeek AND @toWeek
       CROSS JOIN attendance a ON a.held_session_id = h.id AND a.person_id IS NULL
     WHERE ${IN_SCOPE} GROUP BY h.id`,
  );
  const members = db.prepare(
    `SELECT p.id, p.name, p.role, p.employment, s.unit_id AS unitId, s.active_from AS activeFrom, s.active_to AS activeTo
     FROM ${UNITS} unit_staff s ON s.unit_id = u.id CROSS JOIN people p ON p.id = s.person_id
     WHERE ${IN_SCOPE} AND s.active_from <= @to AND (s.active_to IS NULL OR s.active_to >= @from)`,
  );
  const attendance = db.prepare(
    `SELECT h.unit_id AS unitId, a.person_id AS personId, h.date
     FROM ${UNITS} held_sessions h ON h.unit_id = u.id AND h.week BETWEEN @attendanceFromWeek AND @toWeek
       CROSS JOIN attendance a ON a.held_session_id = h.id AND a.person_id IS NOT NULL
     WHERE ${IN_SCOPE} AND h.date BETWEEN @attendanceFrom AND @to`,
  );
  // Only for members who did not come in the attendance window (their last time lies before
  // it): one seek per such person through the person index, never the units' whole history.
  const lastAttended = db.prepare(
    `SELECT j.value ->> '$[0]' AS unitId, j.value ->> '$[1]' AS personId,
       (SELECT max(h.date) FROM attendance a CROSS JOIN held_sessions h ON h.id = a.held_session_id
        WHERE a.person_id = j.value ->> '$[1]' AND h.unit_id = j.value ->> '$[0]' AND h.date <= @to) AS date
     FROM json_each(@pairs) j`,
  );
  const actions = db.prepare(
    `SELECT a.unit_id AS unitId, a.agreed_in_week AS week, sum(a.status = 'done') AS closed, sum(a.status = 'open') AS open,
       sum(a.status = 'open' AND a.due_date < @today) AS overdue
     FROM ${UNITS} agreed_actions a ON a.unit_id = u.id AND a.agreed_in_week BETWEEN @fromWeek AND @toWeek
     WHERE ${IN_SCOPE} GROUP BY a.unit_id, a.agreed_in_week`,
  );
  const cases = db.prepare(
    `SELECT c.unit_id AS unitId, c.week, h.date, c.kind, c.reference, trim(c.goal) <> '' AS hasGoal
     FROM ${UNITS} cases_discussed c ON c.unit_id = u.id AND c.week >= @fromWeek
       CROSS JOIN held_sessions h ON h.unit_id = c.unit_id AND h.week = c.week
     WHERE ${IN_SCOPE} AND h.date >= @from ORDER BY c.unit_id, c.week, c.id`,
  );

  return {
    read(query: StatisticsQuery): StatisticsRows {
      const params = {
        unitId: query.unitId,
        from: query.from,
        to: query.to,
        fromWeek: query.fromWeek,
        toWeek: query.toWeek,
        attendanceFrom: query.attendanceFrom,
        attendanceFromWeek: query.attendanceFromWeek,
        today: query.today,
        monday: query.monday,
        sunday: query.sunday,
      };
      const skipsByPattern = new Map<number, IsoDate[]>();
      for (const { patternId, date } of skips.all(pick(params, 'monday', 'sunday')) as { patternId: number; date: IsoDate }[]) {
        const list = skipsByPattern.get(patternId);
        if (list) list.push(date);
        else skipsByPattern.set(patternId, [date]);
      }
      const scope = pick(params, 'unitId', 'monday', 'sunday');
      const memberRows = members.all(pick(params, 'unitId', 'from', 'to')) as StaffMember[];
      const attended = attendance.all(pick(params, 'unitId', 'attendanceFrom', 'attendanceFromWeek', 'to', 'toWeek')) as StatisticsRows['attendance'];
      const seen = new Set(attended.map((a) => `${a.unitId} ${a.personId}`));
      const unseen = memberRows.filter((m) => !seen.has(`${m.unitId} ${m.id}`)).map((m) => [m.unitId, m.id]);
      return {
        rules: rules.all(pick(params, 'unitId')) as SlotRule[],
        teamMeetingDates: meetingDates.all(scope) as TeamMeetingDate[],
        teamMeetingPatterns: (patterns.all(scope) as PatternRow[]).map((row) => toPattern(row, skipsByPattern.get(row.id) ?? [])),
        overrides: (overrides.all(pick(params, 'unitId', 'fromWeek', 'toWeek')) as OverrideRow[]).map(toOverride),
        held: held.all(pick(params, 'unitId', 'fromWeek', 'toWeek')) as HeldRow[],
        roles: roles.all(pick(params, 'unitId', 'fromWeek', 'toWeek')) as StatisticsRows['roles'],
        guests: guests.all(pick(params, 'unitId', 'fromWeek', 'toWeek')) as StatisticsRows['guests'],
        members: memberRows,
        attendance: attended,
        lastAttended: [
          ...(
            lastAttended.all({ to: query.to, pairs: JSON.stringify(unseen) }) as { unitId: number; personId: number; date: IsoDate | null }[]
          ).filter((row): row is StatisticsRows['lastAttended'][number] => row.date !== null),
          ...latestOf(attended),
        ],
        actions: actions.all(pick(params, 'unitId', 'fromWeek', 'toWeek', 'today')) as StatisticsRows['actions'],
        cases: cases.all(pick(params, 'unitId', 'from', 'fromWeek')) as StatisticsRows['cases'],
      };
    },
  };
}

/** Each (unit, person)'s latest date among the rows. */
function latestOf(rows: StatisticsRows['attendance']): StatisticsRows['lastAttended'] {
  const latest = new Map<string, StatisticsRows['lastAttended'][number]>();
  for (const row of rows) {
    const key = `${row.unitId} ${row.personId}`;
    const known = latest.get(key);
    if (!known || row.date > known.date) latest.set(key, row);
  }
  return [...latest.values()];
}

/** better-sqlite3 refuses named parameters a statement does not use. */
function pick<T extends object, K extends keyof T>(object: T, ...keys: K[]): Pick<T, K> {
  return Object.fromEntries(keys.map((key) => [key, object[key]])) as Pick<T, K>;
}

export type StatisticsReader = ReturnType<typeof createStatisticsReader>;
