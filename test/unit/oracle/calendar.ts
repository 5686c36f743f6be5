// The code of shared/domain/calendar.ts before issue 11 (commit c75d77c), on date-fns and local Dates:
// the reference the integer-arithmetic rewrite is checked against. Not used by the app.
import { addDays, format, getISODay, getISOWeek, getISOWeekYear, getISOWeeksInYear, setISOWeek, startOfISOWeek } from 'date-fns';
import type { IsoDate, IsoWeekKey, Weekday } from '../../../shared/domain/types';

// Calendar arithmetic on IsoDate strings. Dates become local-midnight Date objects only
// inside these functions, so callers never meet a time zone.

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const WEEK_PATTERN = /^(\d{4})-W(\d{2})$/;

export function isIsoDate(value: string): boolean {
  const m = DATE_PATTERN.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(y, mo - 1, d);
  return y >= 1900 && y <= 2200 && date.getFullYear() === y && date.getMonth() === mo - 1 && date.getDate() === d;
}

export function toDate(iso: IsoDate): Date {
  const m = DATE_PATTERN.exec(iso);
  if (!m || !isIsoDate(iso)) throw new RangeError(`Not a date: ${iso}`);
  return new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
}

export function toIsoDate(date: Date): IsoDate {
  return format(date, 'yyyy-MM-dd');
}

export function addDaysIso(iso: IsoDate, days: number): IsoDate {
  return toIsoDate(addDays(toDate(iso), days));
}

/** 1 = Monday ... 7 = Sunday. */
export function weekdayOf(iso: IsoDate): Weekday {
  return getISODay(toDate(iso)) as Weekday;
}

export function weekKey(isoYear: number, isoWeek: number): IsoWeekKey {
  return `${isoYear}-W${String(isoWeek).padStart(2, '0')}`;
}

export function parseWeekKey(key: IsoWeekKey): { isoYear: number; isoWeek: number } {
  const m = WEEK_PATTERN.exec(key);
  if (!m) throw new RangeError(`Not an ISO week: ${key}`);
  return { isoYear: Number(m[1]), isoWeek: Number(m[2]) };
}

export function isWeekKey(key: string): boolean {
  const m = WEEK_PATTERN.exec(key);
  if (!m) return false;
  const isoYear = Number(m[1]);
  const isoWeek = Number(m[2]);
  if (isoYear < 1900 || isoYear > 2200 || isoWeek < 1) return false;
  // Week 1 holds 4 January; a year has 53 weeks when it has 53 Thursdays (2026 does).
  return isoWeek <= getISOWeeksInYear(new Date(isoYear, 0, 4));
}

export function weekKeyOf(iso: IsoDate): IsoWeekKey {
  const date = toDate(iso);
  return weekKey(getISOWeekYear(date), getISOWeek(date));
}

/** The Monday of an ISO week. */
export function mondayOfWeek(key: IsoWeekKey): IsoDate {
  const { isoYear, isoWeek } = parseWeekKey(key);
  return toIsoDate(startOfISOWeek(setISOWeek(new Date(isoYear, 0, 4), isoWeek)));
}

/** The day of a given weekday within an ISO week. */
export function dateInWeek(key: IsoWeekKey, weekday: Weekday): IsoDate {
  return addDaysIso(mondayOfWeek(key), weekday - 1);
}

/** Every ISO week that has at least one day in [from, to], in order. */
export function weeksBetween(from: IsoDate, to: IsoDate): IsoWeekKey[] {
  const weeks: IsoWeekKey[] = [];
  for (let monday = mondayOfWeek(weekKeyOf(from)); monday <= to; monday = addDaysIso(monday, 7)) {
    weeks.push(weekKeyOf(monday));
  }
  return weeks;
}
