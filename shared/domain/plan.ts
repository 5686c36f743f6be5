import type {
  ClockTime,
  Holiday,
  IsoDate,
  IsoWeekKey,
  PlannedSession,
  SessionOverride,
  SessionStatus,
  SlotRule,
  TeamMeetingDate,
  TeamMeetingPattern,
  YearMonth,
} from './types';
import { addDaysIso, dateInWeek, mondayOfWeek, parseWeekKey, weekKeyOf, weekdayOf, weeksBetween } from './calendar';
import { nearestWorkingDay } from './holidays';
import { ruleForWeek } from './slotRules';
import { teamMeetingsByWeek } from './teamMeetings';

export interface PlanInput {
  unitId: number;
  from: IsoDate;
  to: IsoDate;
  rules: SlotRule[];
  teamMeetingDates: TeamMeetingDate[];
  teamMeetingPatterns: TeamMeetingPattern[];
  overrides: SessionOverride[];
  /** Must cover the full ISO weeks of [from, to]. */
  holidays: Holiday[];
  /** The sessions recorded as held (genomförda) in the range. */
  held: HeldSessionSummary[];
  /** The months whose billing form is sent and not reopened: their sessions are locked. */
  sentMonths: YearMonth[];
}

/** What the plan shows of a held session: when it actually took place, and how many came. */
export interface HeldSessionSummary {
  week: IsoWeekKey;
  date: IsoDate;
  startTime: ClockTime;
  durationMinutes: number;
  participantCount: number;
}

/**
 * One session per ISO week that touches [from, to] and has a rule in force. Whole weeks
 * count: a team meeting on the Tuesday before `from` still empties that week.
 */
export function planSessions(input: PlanInput): PlannedSession[] {
  const weeks = weeksBetween(input.from, input.to);
  const lastWeek = weeks[weeks.length - 1];
  if (lastWeek === undefined) return [];
  const meetings = teamMeetingsByWeek(input.teamMeetingDates, input.teamMeetingPatterns, mondayOfWeek(weeks[0]!), dateInWeek(lastWeek, 7));
  const overrides = new Map(input.overrides.map((o) => [o.week, o]));
  const heldByWeek = new Map(input.held.map((h) => [h.week, h]));
  const sentMonths = new Set(input.sentMonths);
  const holidays = firstHolidayByDate(input.holidays);
  const skippedByWeek = skippedTeamMeetingsByWeek(input.teamMeetingPatterns);

  return weeks.flatMap((week): PlannedSession[] => {
    const inForce = ruleForWeek(input.rules, week);
    if (!inForce) return [];
    const { rule, date: ruleDate } = inForce;
    const override = overrides.get(week);
    // A move back onto the rule's own day and time is no move at all.
    const moved = override?.moved && !(override.moved.date === ruleDate && override.moved.startTime === rule.startTime) ? override.moved : null;
    const cancelledReason = override?.cancelledReason ?? null;
    const teamMeetings = meetings.get(week) ?? [];
    const holiday = holidays.get(ruleDate) ?? null;
    const held = heldByWeek.get(week);
    // What happened is never rewritten: a team meeting or a cancellation added later does
    // not hide a session that was held.
    const status: SessionStatus = held
      ? 'held'
      : teamMeetings.length > 0
        ? 'teamMeetingWeek'
        : cancelledReason !== null
          ? 'cancelled'
          : moved
            ? 'moved'
            : holiday
              ? 'holiday'
              : 'planned';
    const date = held?.date ?? moved?.date ?? ruleDate;
    const { isoYear, isoWeek } = parseWeekKey(week);
    return [
      {
        unitId: input.unitId,
        week,
        isoYear,
        isoWeek,
        date,
        weekday: weekdayOf(date),
        startTime: held?.startTime ?? moved?.startTime ?? rule.startTime,
        durationMinutes: held?.durationMinutes ?? rule.durationMinutes,
        status,
        ruleDate,
        ruleId: rule.id,
        holiday,
        suggestedDate: status === 'holiday' ? nearestWorkingDay(ruleDate, input.holidays) : null,
        cancelledReason,
        teamMeetings,
        skippedTeamMeetings: skippedByWeek.get(week) ?? [],
        participantCount: held?.participantCount ?? null,
        // The month is the date's YYYY-MM, as billing's monthOf (which imports this module).
        locked: sentMonths.has(date.slice(0, 7)),
      },
    ];
  });
}

/**
 * The week's session as planSessions answers once `held` is recorded for it on the session's
 * own date: recording a session changes only these fields, so a save need not plan the week again.
 */
export function asHeld(
  session: PlannedSession,
  held: Pick<HeldSessionSummary, 'startTime' | 'durationMinutes' | 'participantCount'>,
): PlannedSession {
  return {
    ...session,
    status: 'held',
    startTime: held.startTime,
    durationMinutes: held.durationMinutes,
    suggestedDate: null,
    participantCount: held.participantCount,
  };
}

/** Each day's holiday, the first listed when a day has two (as holidayOn finds it). */
function firstHolidayByDate(holidays: Holiday[]): Map<IsoDate, Holiday> {
  const byDate = new Map<IsoDate, Holiday>();
  for (const holiday of holidays) if (!byDate.has(holiday.date)) byDate.set(holiday.date, holiday);
  return byDate;
}

/** The skipped days of recurring team meetings by ISO week, in pattern order, then skip order. */
function skippedTeamMeetingsByWeek(patterns: TeamMeetingPattern[]): Map<IsoWeekKey, { date: IsoDate; id: number }[]> {
  const byWeek = new Map<IsoWeekKey, { date: IsoDate; id: number }[]>();
  for (const pattern of patterns) {
    for (const date of pattern.skippedDates) {
      const week = weekKeyOf(date);
      const inWeek = byWeek.get(week);
      if (inWeek) inWeek.push({ date, id: pattern.id });
      else byWeek.set(week, [{ date, id: pattern.id }]);
    }
  }
  return byWeek;
}

/** What a session's status reads as on a given day: a passed session with nothing recorded is 'unrecorded'. */
export type SessionDisplayStatus = SessionStatus | 'unrecorded';

/**
 * A planned or moved session whose day has passed without a held record is "Ej registrerad",
 * not "Planerad": it is the week the manager still has to record (or cancel). The session's
 * own day still counts as planned, as the meeting may not have taken place yet.
 */
export function displayStatus(session: Pick<PlannedSession, 'status' | 'date'>, today: IsoDate): SessionDisplayStatus {
  return (session.status === 'planned' || session.status === 'moved') && session.date < today ? 'unrecorded' : session.status;
}

function firstOfLastMonth(today: IsoDate): IsoDate {
  const [year, month] = today.split('-').map(Number) as [number, number];
  return month === 1 ? `${year - 1}-12-01` : `${year}-${String(month - 1).padStart(2, '0')}-01`;
}

/**
 * What the planning view opens on: from the week of the 1st of last month (so the month whose
 * form is due now, with any weeks still to record, is on screen without paging back; always at
 * least 4 weeks back) to 12 weeks ahead of today's week.
 */
export function defaultPlanWindow(today: IsoDate): { from: IsoDate; to: IsoDate } {
  const monday = mondayOfWeek(weekKeyOf(today));
  return { from: mondayOfWeek(weekKeyOf(firstOfLastMonth(today))), to: addDaysIso(monday, 12 * 7 + 6) };
}
