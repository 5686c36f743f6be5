import { format } from 'date-fns';
import { sv } from 'date-fns/locale/sv';
import { toDate } from '../../../shared/domain/calendar';
import type { YearMonth } from '../../../shared/domain/types';

// Swedish number text for the CSV and the header lines: decimal comma, no thousands
// separator, two decimals. Integer arithmetic, so no binary fraction ever shows.

function twoDecimals(hundredths: number): string {
  const sign = hundredths < 0 ? '-' : '';
  const whole = Math.abs(hundredths);
  return `${sign}${Math.floor(whole / 100)},${String(whole % 100).padStart(2, '0')}`;
}

/** 116550 öre -> "1165,50". */
export function kronorText(ore: number): string {
  return twoDecimals(ore);
}

/** 885 participant-minutes -> "14,75" (hours, rounded to hundredths). */
export function hoursText(minutes: number): string {
  return twoDecimals(Math.sign(minutes) * Math.round((Math.abs(minutes) * 100) / 60));
}

/** "2026-11" -> "november 2026". */
export function monthName(month: YearMonth): string {
  return format(toDate(`${month}-01`), 'LLLL yyyy', { locale: sv });
}
