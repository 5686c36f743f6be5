import type { MethodOutput } from '../../../shared/api/contract';
import { dateInWeek, mondayOfWeek, weekKeyOf, weeksBetween } from '../../../shared/domain/calendar';
import { planSessions } from '../../../shared/domain/plan';
import { isActiveOn } from '../../../shared/domain/roster';
import {
  absenceWindowStart,
  groupReasons,
  isDue,
  isMoved,
  monthsTouching,
  perSession,
  sessionFigure,
  textKey,
} from '../../../shared/domain/statistics';
import { STAFF_ROLES, type IsoDate, type IsoWeekKey, type StaffRole, type Unit } from '../../../shared/domain/types';
import { swedishDaysOff } from '../holidays';
import { bySwedishName } from '../store/people';
import type { StatisticsRows } from '../store/statistics';
import type { Store } from '../store/store';
import { requireUnit } from './units';

export type Statistics = MethodOutput<'statistics.get'>;

export interface StatisticsPeriod {
  /** Null: every unit with a slot rule in force on or before `to`. */
  unitId: number | null;
  from: IsoDate;
  to: IsoDate;
  absentWeeks: number;
}

function groupBy<T, K>(rows: readonly T[], key: (row: T) => K): Map<K, T[]> {
  const grouped = new Map<K, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = grouped.get(k);
    if (list) list.push(row);
    else grouped.set(k, [row]);
  }
  return grouped;
}

const unitWeek = (unitId: number, week: IsoWeekKey) => `${unitId} ${week}`;
const unitPerson = (unitId: number, personId: number) => `${unitId} ${personId}`;

/**
 * A period's figures, from the plan of every ISO week touching [from, to]. A session counts in
 * the period by its own date (held, moved or the rule's), so of a week straddling `from` or
 * `to` only a session dated inside counts, and a session moved across a month edge counts in
 * the month it took place. Every read is one statement for all units (store/statistics.ts).
 */
export function periodStatistics(store: Store, period: StatisticsPeriod, today: IsoDate): Statistics {
  const { from, to, absentWeeks } = period;
  const [fromWeek, toWeek] = [weekKeyOf(from), weekKeyOf(to)];
  const absenceStart = absenceWindowStart(to, absentWeeks);
  const attendanceFrom = absenceStart < from ? absenceStart : from;
  const scopeUnits: Unit[] = period.unitId === null ? store.units.list() : [requireUnit(store, period.unitId)];
  const rows = store.statistics.read({
    unitId: period.unitId,
    from,
    to,
    fromWeek,
    toWeek,
    monday: mondayOfWeek(fromWeek),
    sunday: dateInWeek(toWeek, 7),
    attendanceFrom,
    attendanceFromWeek: weekKeyOf(attendanceFrom),
    today,
  });

  const rulesByUnit = groupBy(rows.rules, (r) => r.unitId);
  // Every unit: those whose routine has begun by the end of the period.
  const units = period.unitId === null ? scopeUnits.filter((unit) => rulesByUnit.get(unit.id)?.some((r) => r.validFrom <= to)) : scopeUnits;
  const sessions = countSessions(rows, units, { from, to, fromWeek, toWeek, today });
  return {
    from,
    to,
    units: units.map(({ id, name }) => ({ id, name })),
    sessions: sessions.sessions,
    participants: sessions.participants,
    perWeek: sessions.perWeek,
    perMonth: sessions.perMonth,
    people: peopleFigures(rows, units, sessions.heldDates, { from, to, absenceStart }),
    actions: actionFigures(rows, sessions.sessionDates, { from, to }),
    cases: caseFigures(rows, to),
  };
}

interface Window {
  from: IsoDate;
  to: IsoDate;
  fromWeek: IsoWeekKey;
  toWeek: IsoWeekKey;
  today: IsoDate;
}

function countSessions(rows: StatisticsRows, units: readonly Unit[], { from, to, fromWeek, toWeek, today }: Window) {
  const rulesByUnit = groupBy(rows.rules, (r) => r.unitId);
  const datesByUnit = groupBy(rows.teamMeetingDates, (d) => d.unitId);
  const patternsByUnit = groupBy(rows.teamMeetingPatterns, (p) => p.unitId);
  const overridesByUnit = groupBy(rows.overrides, (o) => o.unitId);
  const overrides = new Map(rows.overrides.map((o) => [unitWeek(o.unitId, o.week), o]));
  const rulesById = new Map(rows.rules.map((r) => [r.id, r]));
  const rolesByHeld = groupBy(rows.roles, (r) => r.heldId);
  const guestsByHeld = new Map(rows.guests.map((g) => [g.heldId, g.n]));
  const heldByUnit = groupBy(rows.held, (h) => h.unitId);
  const heldIds = new Map(rows.held.map((h) => [unitWeek(h.unitId, h.week), h.id]));
  const participantsOf = (heldId: number) => (rolesByHeld.get(heldId) ?? []).reduce((sum, { n }) => sum + n, 0);
  const holidays = swedishDaysOff(mondayOfWeek(fromWeek), dateInWeek(toWeek, 7));

  const counts = { due: 0, held: 0, cancelled: 0, moved: 0, notRecorded: 0, upcoming: 0, teamMeetingWeeks: 0, holidayWeeks: 0 };
  const reasons: string[] = [];
  const perWeek = new Map(weeksBetween(from, to).map((week) => [week, { week, due: 0, held: 0, participants: 0 }]));
  const perMonth = new Map(monthsTouching(from, to).map((month) => [month, { month, due: 0, held: 0 }]));
  const heads: number[] = [];
  let guests = 0;
  const byRole = new Map<StaffRole, number>(STAFF_ROLES.map((role) => [role, 0]));
  /** The unit's held sessions in the period, by date: who could have attended. */
  const heldDates = new Map<number, IsoDate[]>();
  /** Each planned week's session date: actions count by the date of the session that agreed them. */
  const sessionDates = new Map<string, IsoDate>();

  for (const unit of units) {
    const plan = planSessions({
      unitId: unit.id,
      from,
      to,
      rules: rulesByUnit.get(unit.id) ?? [],
      teamMeetingDates: datesByUnit.get(unit.id) ?? [],
      teamMeetingPatterns: patternsByUnit.get(unit.id) ?? [],
      overrides: overridesByUnit.get(unit.id) ?? [],
      holidays,
      held: (heldByUnit.get(unit.id) ?? []).map(({ id, week, date, startTime, durationMinutes }) => ({
        week,
        date,
        startTime,
        durationMinutes,
        participantCount: participantsOf(id),
      })),
      // Locking plays no part in what happened.
      sentMonths: [],
    });
    const dates: IsoDate[] = [];
    for (const session of plan) {
      sessionDates.set(unitWeek(unit.id, session.week), session.date);
      if (session.date < from || session.date > to) continue;
      const figure = sessionFigure(session, today);
      const week = perWeek.get(session.week)!;
      const month = perMonth.get(session.date.slice(0, 7))!;
      if (figure === 'teamMeetingWeek') counts.teamMeetingWeeks++;
      else if (figure === 'holidayWeek') counts.holidayWeeks++;
      else counts[figure]++;
      if (!isDue(figure)) continue;
      counts.due++;
      week.due++;
      month.due++;
      const rule = rulesById.get(session.ruleId)!;
      if (isMoved(session, overrides.get(unitWeek(unit.id, session.week)), rule)) counts.moved++;
      if (figure === 'cancelled') reasons.push(session.cancelledReason ?? '');
      if (figure !== 'held') continue;
      week.held++;
      month.held++;
      dates.push(session.date);
      const heldId = heldIds.get(unitWeek(unit.id, session.week))!;
      const count = participantsOf(heldId);
      heads.push(count);
      week.participants += count;
      guests += guestsByHeld.get(heldId) ?? 0;
      for (const { role, n } of rolesByHeld.get(heldId) ?? []) byRole.set(role, (byRole.get(role) ?? 0) + n);
    }
    heldDates.set(unit.id, dates);
  }

  const total = heads.reduce((sum, n) => sum + n, 0);
  return {
    sessions: { ...counts, cancelledByReason: groupReasons(reasons) },
    participants: {
      total,
      guests,
      average: perSession(total, heads.length),
      min: heads.length === 0 ? null : Math.min(...heads),
      max: heads.length === 0 ? null : Math.max(...heads),
      byRole: STAFF_ROLES.map((role) => {
        const n = byRole.get(role) ?? 0;
        return { role, total: n, averagePerSession: perSession(n, heads.length) };
      }),
    },
    perWeek: [...perWeek.values()],
    perMonth: [...perMonth.values()],
    heldDates,
    sessionDates,
  };
}

/**
 * Everyone on a roster during the period. Eligible: the unit's held sessions in the period
 * within the person's own active days. Absent: active on `to`, with no attendance at a held
 * session of the unit from `absenceStart` (a Monday) up to `to`.
 */
function peopleFigures(
  rows: StatisticsRows,
  units: readonly Unit[],
  heldDates: ReadonlyMap<number, IsoDate[]>,
  { from, to, absenceStart }: { from: IsoDate; to: IsoDate; absenceStart: IsoDate },
): Statistics['people'] {
  const attendance = groupBy(rows.attendance, (a) => unitPerson(a.unitId, a.personId));
  const lastAttended = new Map(rows.lastAttended.map((a) => [unitPerson(a.unitId, a.personId), a.date]));
  const membersByUnit = groupBy(rows.members, (m) => m.unitId);
  return units.flatMap((unit) =>
    (membersByUnit.get(unit.id) ?? []).sort(bySwedishName).map((member) => {
      const dates = (attendance.get(unitPerson(unit.id, member.id)) ?? []).map((a) => a.date);
      const first = member.activeFrom > from ? member.activeFrom : from;
      const last = member.activeTo !== null && member.activeTo < to ? member.activeTo : to;
      return {
        unitId: unit.id,
        personId: member.id,
        name: member.name,
        role: member.role,
        eligible: (heldDates.get(unit.id) ?? []).filter((date) => date >= first && date <= last).length,
        attended: dates.filter((date) => date >= from && date <= to).length,
        lastAttended: lastAttended.get(unitPerson(unit.id, member.id)) ?? null,
        absent: isActiveOn(member, to) && !dates.some((date) => date >= absenceStart),
      };
    }),
  );
}

/** Actions of the weeks whose session (held or not) is dated in the period; open or closed as they stand now. */
function actionFigures(
  rows: StatisticsRows,
  sessionDates: ReadonlyMap<string, IsoDate>,
  { from, to }: { from: IsoDate; to: IsoDate },
): Statistics['actions'] {
  const figures = { agreed: 0, closed: 0, open: 0, overdue: 0 };
  for (const row of rows.actions) {
    const date = sessionDates.get(unitWeek(row.unitId, row.week));
    if (date === undefined || date < from || date > to) continue;
    figures.agreed += row.closed + row.open;
    figures.closed += row.closed;
    figures.open += row.open;
    figures.overdue += row.overdue;
  }
  return figures;
}

/**
 * Cases discussed in held sessions dated in the period. A new rehab case is followed up when
 * its reference (trimmed, case-insensitive) comes up again in a later held session of the unit.
 */
function caseFigures(rows: StatisticsRows, to: IsoDate): Statistics['cases'] {
  const figures = { complex: 0, newRehab: 0, newRehabWithGoal: 0, newRehabFollowedUp: 0 };
  const lastWeekOf = new Map<string, IsoWeekKey>();
  for (const row of rows.cases) {
    const key = `${row.unitId} ${textKey(row.reference)}`;
    const known = lastWeekOf.get(key);
    if (known === undefined || row.week > known) lastWeekOf.set(key, row.week);
  }
  for (const row of rows.cases) {
    if (row.date > to) continue;
    if (row.kind === 'complex') {
      figures.complex++;
      continue;
    }
    figures.newRehab++;
    if (row.hasGoal === 1) figures.newRehabWithGoal++;
    if (lastWeekOf.get(`${row.unitId} ${textKey(row.reference)}`)! > row.week) figures.newRehabFollowedUp++;
  }
  return figures;
}
