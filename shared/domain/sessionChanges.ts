import type { ClockTime, Holiday, IsoDate, PlannedSession, SessionOverride } from './types';
import { dateInWeek, weekKeyOf, weekdayOf } from './calendar';
import { DomainError } from './errors';
import { holidayOn } from './holidays';

// Each change takes the week's planned session and its current override and returns the
// override to store; null means the week is back to what the rule says (delete the override).

function refuseInTeamMeetingWeek(session: PlannedSession): void {
  if (session.status === 'teamMeetingWeek') {
    throw new DomainError('CONFLICT', 'error.weekIsTeamMeetingWeek', { week: session.isoWeek });
  }
}

/** What happened is never rewritten: a held session stays where and when it took place. */
function refuseHeld(session: PlannedSession): void {
  if (session.status === 'held') {
    throw new DomainError('CONFLICT', 'error.session.heldCannotChange', { week: session.isoWeek });
  }
}

function overrideOrNothing(session: PlannedSession, override: Pick<SessionOverride, 'moved' | 'cancelledReason'>): SessionOverride | null {
  if (override.moved === null && override.cancelledReason === null) return null;
  return { unitId: session.unitId, week: session.week, ...override };
}

/**
 * Moves the session to another working day (and/or time) in its own week. Moving it back
 * onto the rule's own day and time undoes the move.
 */
export function moveSession(
  session: PlannedSession,
  current: SessionOverride | null,
  date: IsoDate,
  startTime: ClockTime,
  holidays: Holiday[],
): SessionOverride | null {
  refuseHeld(session);
  refuseInTeamMeetingWeek(session);
  if (current?.cancelledReason) {
    throw new DomainError('CONFLICT', 'error.sessionCancelledCannotMove', { week: session.isoWeek });
  }
  if (weekKeyOf(date) !== session.week) {
    throw new DomainError('VALIDATION', 'error.moveOutsideWeek', { from: dateInWeek(session.week, 1), to: dateInWeek(session.week, 7) }, 'date');
  }
  if (weekdayOf(date) > 5) {
    throw new DomainError('VALIDATION', 'error.moveToWeekend', {}, 'date');
  }
  const holiday = holidayOn(date, holidays);
  if (holiday) {
    throw new DomainError('VALIDATION', 'error.moveToHoliday', { date, holiday: holiday.name }, 'date');
  }
  // Until the session has been moved, its start time is the rule's. Once moved, planSessions
  // recognises a move back onto the rule's day and time and shows it as not moved.
  const backToRule = !current?.moved && date === session.ruleDate && startTime === session.startTime;
  return overrideOrNothing(session, { moved: backToRule ? null : { date, startTime }, cancelledReason: null });
}

/** Cancels the session with a reason; a move is kept so undoing the cancellation brings it back. */
export function cancelSession(session: PlannedSession, current: SessionOverride | null, reason: string): SessionOverride {
  refuseHeld(session);
  refuseInTeamMeetingWeek(session);
  if (current?.cancelledReason) {
    throw new DomainError('CONFLICT', 'error.sessionAlreadyCancelled', { week: session.isoWeek });
  }
  const trimmed = reason.trim();
  if (trimmed === '') {
    throw new DomainError('VALIDATION', 'validation.cancelReasonRequired', {}, 'reason');
  }
  return { unitId: session.unitId, week: session.week, moved: current?.moved ?? null, cancelledReason: trimmed };
}

/** Undoing only removes the manager's own change, so it is allowed even in a team-meeting week. */
export function undoCancelSession(session: PlannedSession, current: SessionOverride | null): SessionOverride | null {
  if (!current?.cancelledReason) {
    throw new DomainError('CONFLICT', 'error.sessionNotCancelled', { week: session.isoWeek });
  }
  return overrideOrNothing(session, { moved: current.moved, cancelledReason: null });
}

/** Back to the rule's day and time. A cancelled session keeps its day until the cancellation is undone. */
export function undoMoveSession(session: PlannedSession, current: SessionOverride | null): SessionOverride | null {
  refuseHeld(session);
  if (current?.cancelledReason) {
    throw new DomainError('CONFLICT', 'error.sessionCancelledCannotMove', { week: session.isoWeek });
  }
  if (!current?.moved) {
    throw new DomainError('CONFLICT', 'error.sessionNotMoved', { week: session.isoWeek });
  }
  return null;
}
