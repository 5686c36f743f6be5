import type Holidays from 'date-holidays';
import type { Holiday, IsoDate } from '../../shared/domain/types';
import { DAYS_OFF_BY_YEAR, FIRST_YEAR, HOLIDAY_NAMES } from './holidaysTable';

// Swedish days off from date-holidays (maintained rules, Easter-based days included).
// 'public' are the red days; 'bank' are the eves workplaces treat as days off
// (midsommarafton, julafton, nyårsafton). 'observance' and 'optional' days are working days.
const DAY_OFF_TYPES = new Set(['public', 'bank']);

let calendar: Holidays | undefined;
const byYear = new Map<number, Holiday[]>();

/**
 * date-holidays takes 100-170 ms to load (all countries' rules), more than the rest of a
 * start together, so the years of holidaysTable.ts (written from it by `npm run
 * holidays:table`, checked against it by test/unit/holidaysTable.test.ts) are answered
 * without it. Only a year outside the table requires it, synchronously, as plans are
 * computed synchronously inside a transaction; every host runs this module as CommonJS
 * (the esbuild bundles, vitest).
 */
function swedishCalendar(): Holidays {
  if (!calendar) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on first use, see above
    const HolidaysClass = require('date-holidays') as typeof Holidays;
    calendar = new HolidaysClass('SE', { languages: 'sv' });
  }
  return calendar;
}

/** The year's Swedish days off as date-holidays computes them, in its order. */
export function libraryDaysOffIn(year: number): Holiday[] {
  const seen = new Set<IsoDate>();
  const days: Holiday[] = [];
  for (const day of swedishCalendar().getHolidays(year, 'sv')) {
    // `date` is local to Sweden ("2026-05-14 00:00:00"): its first ten characters are the day.
    const date = day.date.slice(0, 10);
    if (!DAY_OFF_TYPES.has(day.type) || seen.has(date)) continue;
    seen.add(date);
    days.push({ date, name: day.name });
  }
  return days;
}

/** The year's days off from the table, or null for a year it does not cover. */
export function tableDaysOffIn(year: number): Holiday[] | null {
  const encoded = DAYS_OFF_BY_YEAR[year - FIRST_YEAR];
  if (encoded === undefined) return null;
  return encoded.split(' ').map((day) => {
    const [monthDay = '', name = ''] = day.split(':');
    return { date: `${year}-${monthDay.slice(0, 2)}-${monthDay.slice(2)}`, name: HOLIDAY_NAMES[Number(name)]! };
  });
}

function daysOffIn(year: number): Holiday[] {
  let days = byYear.get(year);
  if (!days) {
    days = tableDaysOffIn(year) ?? libraryDaysOffIn(year);
    byYear.set(year, days);
  }
  return days;
}

/** The Swedish days off from `from` to `to`, both included, in date order. */
export function swedishDaysOff(from: IsoDate, to: IsoDate): Holiday[] {
  const days: Holiday[] = [];
  for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)); year++) {
    days.push(...daysOffIn(year).filter(({ date }) => date >= from && date <= to));
  }
  return days.sort((a, b) => a.date.localeCompare(b.date));
}
