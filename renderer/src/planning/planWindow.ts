import { addMonths, differenceInCalendarDays, startOfISOWeek } from 'date-fns';
import { addDaysIso, toDate, toIsoDate } from '../../../shared/domain/calendar';
import type { IsoDate } from '../../../shared/domain/types';

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
