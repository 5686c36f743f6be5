import { monthOf, refuseIfLocked } from './billing';
import { addDaysIso } from './calendar';
import { DomainError } from './errors';
import type { IsoDate, StaffMember, YearMonth } from './types';

export type ActivePeriod = Pick<StaffMember, 'activeFrom' | 'activeTo'>;

/** The first and last day the person attended a held session of the unit. */
export interface AttendedSpan {
  first: IsoDate;
  last: IsoDate;
}

/** The days whose "active" state differs between two values of one end (null: open, later than any day). */
function changedDays(before: IsoDate | null, after: IsoDate | null, shift: number): { from: IsoDate; to: IsoDate | null } | null {
  if (before === after) return null;
  const earlier = before === null ? after : after === null ? before : before < after ? before : after;
  const later = earlier === before ? after : before;
  // A start moved from A to B flips A..B-1; an end moved from A to B flips A+1..B.
  return shift < 0
    ? { from: earlier as IsoDate, to: later === null ? null : addDaysIso(later, -1) }
    : { from: addDaysIso(earlier as IsoDate, 1), to: later };
}

/**
 * A corrected period in the unit keeps history true: it still covers every held session the
 * person attended, it ends on or after it starts, and it changes no day of a sent month (who
 * was on the roster then is part of what was sent).
 */
export function checkActivePeriod(
  name: string,
  current: ActivePeriod,
  next: ActivePeriod,
  attended: AttendedSpan | null,
  sentMonths: YearMonth[],
): void {
  if (next.activeTo !== null && next.activeTo < next.activeFrom) {
    throw new DomainError('VALIDATION', 'error.staff.periodEndBeforeStart', { activeFrom: next.activeFrom }, 'activeTo');
  }
  if (attended && next.activeFrom > attended.first) {
    throw new DomainError('CONFLICT', 'error.staff.startAfterAttended', { name, date: attended.first }, 'activeFrom');
  }
  if (attended && next.activeTo !== null && next.activeTo < attended.last) {
    throw new DomainError('CONFLICT', 'error.staff.endBeforeAttended', { name, date: attended.last }, 'activeTo');
  }
  const changes = [
    { field: 'activeFrom', days: changedDays(current.activeFrom, next.activeFrom, -1) },
    { field: 'activeTo', days: changedDays(current.activeTo, next.activeTo, 1) },
  ];
  for (const { field, days } of changes) {
    if (!days) continue;
    const locked = sentMonths.find((month) => monthOf(days.from) <= month && (days.to === null || month <= monthOf(days.to)));
    if (locked) refuseIfLocked('sent', locked, field);
  }
}

/**
 * A new membership covers every day from its start on, so one starting in or before a sent
 * month would put the person on that month's roster after it was sent; and checkActivePeriod
 * would then refuse every later correction of that start (it changes the sent days), leaving
 * a typo for good. Refused up front, as a corrected start into the month is.
 */
export function checkNewActivePeriod(activeFrom: IsoDate, sentMonths: YearMonth[]): void {
  const locked = sentMonths.find((month) => monthOf(activeFrom) <= month);
  if (locked) refuseIfLocked('sent', locked, 'activeFrom');
}
