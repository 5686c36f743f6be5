import { addMonths } from 'date-fns/addMonths';
import { addDaysIso, toDate, toIsoDate } from '../../../shared/domain/calendar';
import type { IsoDate } from '../../../shared/domain/types';
import type { DateRange } from '../app/address';

// Pure helpers of the statistics view and report: the default period and the figures as
// Swedish text. Kept apart from React so the rules can be tested without a browser.

/** "Not attended in N weeks": four weeks is a month of missed sessions. */
export const DEFAULT_ABSENT_WEEKS = 4;

/** The routine is followed up after six months: from its start to the day before six months later. */
export function routinePeriod(routineStart: IsoDate): DateRange {
  return { from: routineStart, to: addDaysIso(toIsoDate(addMonths(toDate(routineStart), 6)), -1) };
}

/** Every unit has its own start: the six months up to today is the period they all share. */
export function lastSixMonths(today: IsoDate): DateRange {
  return { from: addDaysIso(toIsoDate(addMonths(toDate(today), -6)), 1), to: today };
}

const NBSP = '\u00a0';

/** 3 of 4 -> "75 %", rounded to a whole percent; null (nothing to share) without a whole. */
export function percentOf(part: number, whole: number): string | null {
  if (whole <= 0) return null;
  return `${Math.round((part * 100) / whole)}${NBSP}%`;
}

/** 3.456 -> "3,5": one decimal with a decimal comma, as a Swedish reader expects. */
export function oneDecimal(value: number): string {
  return (Math.round(value * 10) / 10).toFixed(1).replace('.', ',');
}

/** The share of a month's due sessions held, in whole percent (0 without any due), for the chart. */
export const heldShare = ({ due, held }: { due: number; held: number }): number => (due > 0 ? Math.round((held * 100) / due) : 0);

/**
 * True when no session was held in the last `weeks` ISO weeks of the period, so "has not come"
 * is no one's absence. Only said when those weeks lie wholly in the period (the per-week series
 * covers the period only, and its first week may start before it).
 */
export function noneHeldInLast(perWeek: readonly { held: number }[], weeks: number): boolean {
  if (perWeek.length <= weeks) return false;
  return perWeek.slice(-weeks).every(({ held }) => held === 0);
}
