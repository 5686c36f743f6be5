import type { Day, Month } from 'date-fns';
import { lastDayOfMonth } from 'date-fns/lastDayOfMonth';
import { sv } from 'date-fns/locale/sv';
import { translate } from '../i18n/translate';
import { parseWeekKey, toDate, toIsoDate } from '../domain/calendar';
import type { IsoDate, IsoWeekKey, YearMonth } from '../domain/types';

// How dates read in Swedish, the same on screen, in printouts, in exports and in messages.
// The names come from the sv locale's own word lists, not date-fns' `format`: `format` falls
// back on en-US and brings it, with every format token, into the renderer's first chunk.

/** "november 2026" for "2026-11": how the form, its messages and the plan name a month. */
export function monthName(month: YearMonth): string {
  const [year, monthNumber] = month.split('-');
  return `${sv.localize.month((Number(monthNumber) - 1) as Month, { width: 'wide', context: 'standalone' })} ${year}`;
}

/** "2026-11-01 – 2026-11-30" for "2026-11": the first and the last day, so the reader need not count. */
export function monthPeriod(month: YearMonth): string {
  const first = `${month}-01`;
  return translate('date.range', { from: first, to: toIsoDate(lastDayOfMonth(toDate(first))) });
}

/** "torsdag" for 2026-05-14. */
export function weekdayName(date: IsoDate): string {
  return sv.localize.day(toDate(date).getDay() as Day, { width: 'wide', context: 'formatting' });
}

/** "v. 48" for 2026-W48. */
export function weekLabel(week: IsoWeekKey): string {
  return translate('week.short', { week: parseWeekKey(week).isoWeek });
}
