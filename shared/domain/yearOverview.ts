import { addDaysIso, mondayOfWeek, weekKey, weekKeyOf, weeksBetween } from './calendar';
import { displayStatus, type SessionDisplayStatus } from './plan';
import type { IsoDate, IsoWeekKey, PlannedSession } from './types';

// The year at a glance (issue 12): every ISO week of one ISO week-year with what became of its
// session, for planning with the staff and for the wall.

/** A week with no weekly slot in force (before the routine started) has no session at all. */
export type YearWeekState = SessionDisplayStatus | 'none';

/** The states in the order the legend and the year's counts list them: what happened first. */
export const YEAR_WEEK_STATES: readonly YearWeekState[] = [
  'held',
  'unrecorded',
  'planned',
  'moved',
  'cancelled',
  'teamMeetingWeek',
  'holiday',
  'none',
];

export interface YearWeek {
  week: IsoWeekKey;
  isoWeek: number;
  /** The week's session as the plan has it; null for a week without a slot in force. */
  session: PlannedSession | null;
  state: YearWeekState;
}

/** Monday of week 1 to Sunday of the last week (52 or 53): the ISO week-year, not the calendar year. */
export function isoYearRange(isoYear: number): { from: IsoDate; to: IsoDate } {
  const from = mondayOfWeek(weekKey(isoYear, 1));
  // 28 December always lies in the last ISO week of its year.
  const lastMonday = mondayOfWeek(weekKeyOf(`${isoYear}-12-28`));
  return { from, to: addDaysIso(lastMonday, 6) };
}

/** Every week of the ISO year, each with its session (if any) and the state it reads as today. */
export function yearWeeks(isoYear: number, sessions: readonly PlannedSession[], today: IsoDate): YearWeek[] {
  const { from, to } = isoYearRange(isoYear);
  const byWeek = new Map(sessions.map((session) => [session.week, session]));
  return weeksBetween(from, to).map((week, index) => {
    const session = byWeek.get(week) ?? null;
    return { week, isoWeek: index + 1, session, state: session ? displayStatus(session, today) : 'none' };
  });
}

/** How many weeks of the year are in each state, every state listed (0 for none). */
export function stateCounts(weeks: readonly YearWeek[]): Record<YearWeekState, number> {
  const counts = Object.fromEntries(YEAR_WEEK_STATES.map((state) => [state, 0])) as Record<YearWeekState, number>;
  for (const { state } of weeks) counts[state] += 1;
  return counts;
}

/**
 * The weeks in `columns` runs of consecutive weeks, the longer runs first (53 weeks in four:
 * 14, 13, 13, 13), so the printed year reads down each column like a calendar.
 */
export function weekColumns<T>(weeks: readonly T[], columns: number): T[][] {
  const base = Math.floor(weeks.length / columns);
  const longer = weeks.length % columns;
  let start = 0;
  return Array.from({ length: columns }, (_, index) => {
    const length = base + (index < longer ? 1 : 0);
    const column = weeks.slice(start, start + length);
    start += length;
    return column;
  });
}
