import type Holidays from 'date-holidays';
import type { Holiday, IsoDate } from '../../shared/domain/types';

// Swedish days off from date-holidays (maintained rules, Easter-based days included).
// 'public' are the red days; 'bank' are the eves workplaces treat as days off
// (midsommarafton, julafton, nyårsafton). 'observance' and 'optional' days are working days.
const DAY_OFF_TYPES = new Set(['public', 'bank']);

let calendar: Holidays | undefined;
const byYear = new Map<number, Holiday[]>();

/**
 * date-holidays takes 100-170 ms to load (all countries' rules), so it is required on the
 * first plan that needs a year's days off, never on the start path; each year is then
 * computed once. A synchronous require, as plans are computed synchronously inside a
 * transaction; every host runs this module as CommonJS (the esbuild bundles, vitest).
 */
function swedishCalendar(): Holidays {
  if (!calendar) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on first use, see above
    const HolidaysClass = require('date-holidays') as typeof Holidays;
    calendar = new HolidaysClass('SE', { languages: 'sv' });
  }
  return calendar;
}

function daysOffIn(year: number): Holiday[] {
  let days = byYear.get(year);
  if (!days) {
    const seen = new Set<IsoDate>();
    days = [];
    for (const day of swedishCalendar().getHolidays(year, 'sv')) {
      // `date` is local to Sweden ("2026-05-14 00:00:00"): its first ten characters are the day.
      const date = day.date.slice(0, 10);
      if (!DAY_OFF_TYPES.has(day.type) || seen.has(date)) continue;
      seen.add(date);
      days.push({ date, name: day.name });
    }
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
