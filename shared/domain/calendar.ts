import type { IsoDate, IsoWeekKey, Weekday } from './types';

// Calendar arithmetic on IsoDate strings, done on whole day numbers (days since 1970-01-01)
// rather than Date objects: the plan and the billing form call these for every day of every
// week, and integer arithmetic is many times faster than date-fns on local Dates. Day
// numbers know no time zone or DST, so callers never meet one either. Only toDate and
// toIsoDate still speak Date, for callers that hand dates to date-fns formatting.

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const WEEK_PATTERN = /^(\d{4})-W(\d{2})$/;
const FIRST_YEAR = 1900;
const LAST_YEAR = 2200;

const isLeapYear = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

function daysInMonth(year: number, month: number): number {
  return month === 2 ? (isLeapYear(year) ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil): the
 * year is counted from March, so the leap day is the last day of its "year".
 */
function dayNumberOf(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** The inverse of dayNumberOf (H. Hinnant's civil_from_days). */
function civilOf(dayNumber: number): { year: number; month: number; day: number } {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

function isoOf(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
}

/** The day number of a valid IsoDate; a RangeError for anything else. */
export function dayNumber(iso: IsoDate): number {
  const m = DATE_PATTERN.exec(iso);
  if (m) {
    const year = Number(m[1]);
    const month = Number(m[2]);
    const day = Number(m[3]);
    if (year >= FIRST_YEAR && year <= LAST_YEAR && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)) {
      return dayNumberOf(year, month, day);
    }
  }
  throw new RangeError(`Not a date: ${iso}`);
}

/** The IsoDate of a day number. */
export function isoDateOf(dayNumber: number): IsoDate {
  const { year, month, day } = civilOf(dayNumber);
  return isoOf(year, month, day);
}

/** 1 = Monday ... 7 = Sunday; day 0 (1970-01-01) was a Thursday. */
function weekdayOfDay(dayNumber: number): Weekday {
  return (((((dayNumber + 3) % 7) + 7) % 7) + 1) as Weekday;
}

/** The Monday of ISO week 1: the week that holds 4 January. */
function mondayOfWeekOne(isoYear: number): number {
  const january4 = dayNumberOf(isoYear, 1, 4);
  return january4 - (weekdayOfDay(january4) - 1);
}

/** The ISO year and week of a day: those of its week's Thursday. */
function isoWeekOfDay(dayNumber: number): { isoYear: number; isoWeek: number } {
  const thursday = dayNumber - weekdayOfDay(dayNumber) + 4;
  const isoYear = civilOf(thursday).year;
  return { isoYear, isoWeek: Math.floor((thursday - dayNumberOf(isoYear, 1, 1)) / 7) + 1 };
}

export function isIsoDate(value: string): boolean {
  const m = DATE_PATTERN.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return y >= FIRST_YEAR && y <= LAST_YEAR && mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

/** The date as a local-midnight Date, for date-fns formatting. */
export function toDate(iso: IsoDate): Date {
  const { year, month, day } = civilOf(dayNumber(iso));
  return new Date(year, month - 1, day);
}

/** The local calendar day of a Date. */
export function toIsoDate(date: Date): IsoDate {
  if (Number.isNaN(date.getTime())) throw new RangeError('Invalid time value');
  return isoOf(date.getFullYear(), date.getMonth() + 1, date.getDate());
}

export function addDaysIso(iso: IsoDate, days: number): IsoDate {
  return isoDateOf(dayNumber(iso) + days);
}

/** Calendar days from `from` to `to`: negative when `to` is earlier. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return dayNumber(to) - dayNumber(from);
}

/** The last day of the date's month. */
export function lastDayOfMonthOf(iso: IsoDate): IsoDate {
  const { year, month } = civilOf(dayNumber(iso));
  return isoOf(year, month, daysInMonth(year, month));
}

/** 1 = Monday ... 7 = Sunday. */
export function weekdayOf(iso: IsoDate): Weekday {
  return weekdayOfDay(dayNumber(iso));
}

export function weekKey(isoYear: number, isoWeek: number): IsoWeekKey {
  return `${isoYear}-W${pad2(isoWeek)}`;
}

export function parseWeekKey(key: IsoWeekKey): { isoYear: number; isoWeek: number } {
  const m = WEEK_PATTERN.exec(key);
  if (!m) throw new RangeError(`Not an ISO week: ${key}`);
  return { isoYear: Number(m[1]), isoWeek: Number(m[2]) };
}

/** 53 when the year has 53 Thursdays (2026 does), else 52: 28 December always lies in the last week. */
function isoWeeksInYear(isoYear: number): number {
  return isoWeekOfDay(dayNumberOf(isoYear, 12, 28)).isoWeek;
}

export function isWeekKey(key: string): boolean {
  const m = WEEK_PATTERN.exec(key);
  if (!m) return false;
  const isoYear = Number(m[1]);
  const isoWeek = Number(m[2]);
  if (isoYear < FIRST_YEAR || isoYear > LAST_YEAR || isoWeek < 1) return false;
  return isoWeek <= isoWeeksInYear(isoYear);
}

export function weekKeyOf(iso: IsoDate): IsoWeekKey {
  const { isoYear, isoWeek } = isoWeekOfDay(dayNumber(iso));
  return weekKey(isoYear, isoWeek);
}

/** The day number of the Monday of an ISO week. */
export function mondayDayOfWeek(key: IsoWeekKey): number {
  const { isoYear, isoWeek } = parseWeekKey(key);
  return mondayOfWeekOne(isoYear) + 7 * (isoWeek - 1);
}

/** The Monday of an ISO week. */
export function mondayOfWeek(key: IsoWeekKey): IsoDate {
  return isoDateOf(mondayDayOfWeek(key));
}

/** The day of a given weekday within an ISO week. */
export function dateInWeek(key: IsoWeekKey, weekday: Weekday): IsoDate {
  return isoDateOf(mondayDayOfWeek(key) + weekday - 1);
}

/** The Monday (as a day number) of every ISO week that has at least one day in [from, to], in order. */
export function mondaysBetween(from: IsoDate, to: IsoDate): number[] {
  const mondays: number[] = [];
  const first = dayNumber(from);
  // `to` is compared as text, as it always was, so it is never parsed.
  for (let monday = first - weekdayOfDay(first) + 1; isoDateOf(monday) <= to; monday += 7) mondays.push(monday);
  return mondays;
}

/** Every ISO week that has at least one day in [from, to], in order. */
export function weeksBetween(from: IsoDate, to: IsoDate): IsoWeekKey[] {
  return mondaysBetween(from, to).map((monday) => {
    const { isoYear, isoWeek } = isoWeekOfDay(monday);
    return weekKey(isoYear, isoWeek);
  });
}
