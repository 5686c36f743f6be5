// The code of shared/domain/holidays.ts before issue 11 (commit c75d77c), on date-fns and local Dates:
// the reference the integer-arithmetic rewrite is checked against. Not used by the app.
import type { Holiday, IsoDate } from '../../../shared/domain/types';
import { dateInWeek, weekKeyOf, weekdayOf } from './calendar';

export function holidayOn(date: IsoDate, holidays: Holiday[]): Holiday | null {
  return holidays.find((h) => h.date === date) ?? null;
}

export function isHoliday(date: IsoDate, holidays: Holiday[]): boolean {
  return holidayOn(date, holidays) !== null;
}

/** Monday–Friday and not a day off. */
export function isWorkingDay(date: IsoDate, holidays: Holiday[]): boolean {
  return weekdayOf(date) <= 5 && !isHoliday(date, holidays);
}

/**
 * The working day closest to `date` within its own ISO week (a session never leaves its
 * week). On a tie the earlier day wins, so a Thursday on Kristi himmelsfärdsdag is offered
 * the Wednesday before rather than the Friday after. Null when the week has no working day.
 */
export function nearestWorkingDay(date: IsoDate, holidays: Holiday[]): IsoDate | null {
  const week = weekKeyOf(date);
  const origin = weekdayOf(date);
  const candidates = ([1, 2, 3, 4, 5] as const)
    .filter((weekday) => isWorkingDay(dateInWeek(week, weekday), holidays))
    .sort((a, b) => Math.abs(a - origin) - Math.abs(b - origin) || a - b);
  const best = candidates[0];
  return best === undefined ? null : dateInWeek(week, best);
}
