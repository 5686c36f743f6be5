import { addMonths, monthOf } from '../../../shared/domain/billing';
import type { IsoDate, YearMonth } from '../../../shared/domain/types';

/**
 * The month Underlag opens on when no reminder handed one over: last month while its form
 * still waits to be sent, else this month. Without the reminders (not read), this month.
 */
export function openingMonth(today: IsoDate, unitId: number, reminders: readonly { unitId: number; month: YearMonth }[] | null): YearMonth {
  const current = monthOf(today);
  const previous = addMonths(current, -1);
  const waiting = reminders?.some((r) => r.unitId === unitId && r.month === previous) ?? false;
  return waiting ? previous : current;
}
