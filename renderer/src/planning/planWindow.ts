import { addMonths, differenceInCalendarDays, startOfISOWeek } from 'date-fns';
import { addDaysIso, mondayOfWeek, toDate, toIsoDate, weekKeyOf } from '../../../shared/domain/calendar';
import type { IsoDate } from '../../../shared/domain/types';
import type { WeekRange } from '../app/address';

export interface PlanWindow {
  from: IsoDate;
  to: IsoDate;
}

/**
 * What the month and year buttons move: the default window and how many months away from
 * it the user has gone. Counting from the default (not from the last snapped Monday) keeps
 * repeated moves from drifting, and the window keeps its number of whole weeks.
 */
export interface PlanPeriod {
  base: IsoDate;
  weeks: number;
  months: number;
}

export function periodOf(window: PlanWindow): PlanPeriod {
  const days = differenceInCalendarDays(toDate(window.to), toDate(window.from)) + 1;
  return { base: window.from, weeks: Math.ceil(days / 7), months: 0 };
}

export function shiftPeriod(period: PlanPeriod, by: { months?: number; years?: number }): PlanPeriod {
  return { ...period, months: period.months + (by.months ?? 0) + 12 * (by.years ?? 0) };
}

/** Whole ISO weeks, Monday to Sunday. */
export function windowOf(period: PlanPeriod): PlanWindow {
  const from = toIsoDate(startOfISOWeek(addMonths(toDate(period.base), period.months)));
  return { from, to: addDaysIso(from, period.weeks * 7 - 1) };
}

/** The address keeps the window as its first and last week. */
export const rangeOf = (window: PlanWindow): WeekRange => ({ from: weekKeyOf(window.from), to: weekKeyOf(window.to) });

export const windowOfRange = (range: WeekRange): PlanWindow => ({ from: mondayOfWeek(range.from), to: addDaysIso(mondayOfWeek(range.to), 6) });

const sameWindow = (a: PlanWindow, b: PlanWindow): boolean => a.from === b.from && a.to === b.to;

/**
 * The period to show for the window the address asks for. The period last stepped to is kept
 * while it still gives that window, so its months keep counting from where the steps began
 * (no drift); a window from elsewhere (Back, Reload, a link) starts a period of its own.
 */
export function periodFor(wanted: PlanWindow, stepped: PlanPeriod | null): PlanPeriod {
  return stepped && sameWindow(windowOf(stepped), wanted) ? stepped : periodOf(wanted);
}
