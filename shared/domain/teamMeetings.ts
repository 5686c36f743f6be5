import { addMonths } from 'date-fns/addMonths';
import { lastDayOfMonth } from 'date-fns/lastDayOfMonth';
import type { IsoDate, IsoWeekKey, TeamMeetingDate, TeamMeetingPattern, Weekday } from './types';
import { addDaysIso, isoDateOf, mondayDayOfWeek, mondaysBetween, toDate, toIsoDate, weekKeyOf, weekdayOf } from './calendar';

export interface TeamMeetingOccurrence {
  date: IsoDate;
  source: 'date' | 'pattern';
  id: number;
}

/** The nth (1..4) or last (-1) given weekday of the month that starts on `monthStart`. */
function nthWeekdayOfMonth(monthStart: Date, nth: 1 | 2 | 3 | 4 | -1, weekday: Weekday): IsoDate {
  if (nth === -1) {
    const last = toIsoDate(lastDayOfMonth(monthStart));
    return addDaysIso(last, -((weekdayOf(last) - weekday + 7) % 7));
  }
  const first = toIsoDate(monthStart);
  return addDaysIso(first, ((weekday - weekdayOf(first) + 7) % 7) + 7 * (nth - 1));
}

/** The first day of every month that has a day in [from, to]. */
function monthStartsBetween(from: IsoDate, to: IsoDate): Date[] {
  const first = toDate(from);
  const end = toDate(to);
  const months: Date[] = [];
  for (let month = new Date(first.getFullYear(), first.getMonth(), 1); month <= end; month = addMonths(month, 1)) {
    months.push(month);
  }
  return months;
}

/** Every interval-th ISO week from the week of `validFrom`, on the recurrence's weekday. */
function everyNWeeksDates(validFrom: IsoDate, intervalWeeks: number, weekday: Weekday, from: IsoDate, to: IsoDate): IsoDate[] {
  // Weeks are counted as days between Mondays / 7, never by week numbers, so the count
  // runs on unbroken over new year and through a week 53.
  const anchor = mondayDayOfWeek(weekKeyOf(validFrom));
  // Mondays as day numbers: no week key is made only to be parsed back.
  return mondaysBetween(from, to)
    .filter((monday) => ((monday - anchor) / 7) % intervalWeeks === 0)
    .map((monday) => isoDateOf(monday + weekday - 1));
}

function patternDates(pattern: TeamMeetingPattern, from: IsoDate, to: IsoDate): IsoDate[] {
  const start = pattern.validFrom > from ? pattern.validFrom : from;
  const end = pattern.validTo !== null && pattern.validTo < to ? pattern.validTo : to;
  if (start > end) return [];
  const { recurrence } = pattern;
  const dates =
    recurrence.kind === 'nthWeekdayOfMonth'
      ? monthStartsBetween(start, end).map((month) => nthWeekdayOfMonth(month, recurrence.nth, recurrence.weekday))
      : everyNWeeksDates(pattern.validFrom, recurrence.intervalWeeks, recurrence.weekday, start, end);
  return dates.filter((date) => date >= start && date <= end && !pattern.skippedDates.includes(date));
}

/** Every team meeting in [from, to], one-off and recurring, sorted by date. */
export function teamMeetingOccurrences(
  dates: TeamMeetingDate[],
  patterns: TeamMeetingPattern[],
  from: IsoDate,
  to: IsoDate,
): TeamMeetingOccurrence[] {
  const occurrences: TeamMeetingOccurrence[] = [
    ...dates.filter((d) => d.date >= from && d.date <= to).map((d) => ({ date: d.date, source: 'date' as const, id: d.id })),
    ...patterns.flatMap((p) => patternDates(p, from, to).map((date) => ({ date, source: 'pattern' as const, id: p.id }))),
  ];
  return occurrences.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0) || a.source.localeCompare(b.source) || a.id - b.id);
}

/** The team meetings in [from, to] grouped by ISO week; a week present here has no session. */
export function teamMeetingsByWeek(
  dates: TeamMeetingDate[],
  patterns: TeamMeetingPattern[],
  from: IsoDate,
  to: IsoDate,
): Map<IsoWeekKey, TeamMeetingOccurrence[]> {
  const byWeek = new Map<IsoWeekKey, TeamMeetingOccurrence[]>();
  for (const occurrence of teamMeetingOccurrences(dates, patterns, from, to)) {
    const week = weekKeyOf(occurrence.date);
    const inWeek = byWeek.get(week);
    if (inWeek) inWeek.push(occurrence);
    else byWeek.set(week, [occurrence]);
  }
  return byWeek;
}
