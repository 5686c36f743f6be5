import { yearMonthSchema } from '../../../shared/api/schemas';
import type { YearMonth } from '../../../shared/domain/types';

// The address holds only the view ('#/underlag'); which month to open comes along in the
// tab's session storage, so a reminder can open its own month without a route per month.

const KEY = 'handledning.billingMonth';

interface HandOver {
  unitId: number;
  month: YearMonth;
}

export function handOverMonth(unitId: number, month: YearMonth): void {
  sessionStorage.setItem(KEY, JSON.stringify({ unitId, month } satisfies HandOver));
}

/** The month handed over for this unit, if any; it is read once (see forgetHandOver). */
export function handedOverMonth(unitId: number): YearMonth | null {
  try {
    const value = JSON.parse(sessionStorage.getItem(KEY) ?? 'null') as Partial<HandOver> | null;
    const valid = value?.unitId === unitId && yearMonthSchema.safeParse(value.month).success;
    return valid ? (value.month as YearMonth) : null;
  } catch {
    return null;
  }
}

export function forgetHandOver(): void {
  sessionStorage.removeItem(KEY);
}
