import { monthOf, monthsBetween } from './billing';
import { addDaysIso, mondayOfWeek, weekKeyOf } from './calendar';
import { displayStatus } from './plan';
import type { IsoDate, PlannedSession, SessionOverride, SlotRule, YearMonth } from './types';

/**
 * What a week of the plan counts as in the statistics. Due weeks are held, cancelled, not
 * recorded (passed with nothing recorded) or upcoming (today's own session included, as the
 * plan still shows it as planned); team-meeting and holiday weeks are not due.
 */
export type SessionFigure = 'held' | 'cancelled' | 'notRecorded' | 'upcoming' | 'teamMeetingWeek' | 'holidayWeek';

export function sessionFigure(session: Pick<PlannedSession, 'status' | 'date'>, today: IsoDate): SessionFigure {
  const status = displayStatus(session, today);
  switch (status) {
    case 'held':
    case 'cancelled':
      return status;
    case 'unrecorded':
      return 'notRecorded';
    case 'planned':
    case 'moved':
      return 'upcoming';
    case 'teamMeetingWeek':
      return 'teamMeetingWeek';
    case 'holiday':
      return 'holidayWeek';
  }
}

export const isDue = (figure: SessionFigure) => figure !== 'teamMeetingWeek' && figure !== 'holidayWeek';

/**
 * Held or planned on another day or time than the rule's: a planned move, or a session held
 * on another day than the rule's (or at the time a move set). A held session that merely
 * started a few minutes late, with no move planned, is not moved.
 */
export function isMoved(
  session: Pick<PlannedSession, 'status' | 'date' | 'ruleDate'>,
  override: SessionOverride | undefined,
  rule: Pick<SlotRule, 'startTime'>,
): boolean {
  if (session.status === 'moved') return true;
  if (session.status !== 'held') return false;
  const move = override?.moved;
  return (
    session.date !== session.ruleDate ||
    (move !== undefined && move !== null && !(move.date === session.ruleDate && move.startTime === rule.startTime))
  );
}

/**
 * The form of a free text that decides "the same reason": " Sjukdom " and "sjukdom" are one.
 * Trimmed, inner spaces collapsed, Swedish lower case (Å, Ä, Ö).
 */
export function textKey(text: string): string {
  return text.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('sv-SE');
}

const swedishOrder = new Intl.Collator('sv-SE');

/**
 * Reasons grouped by textKey, most first (then alphabetically); each group is shown as its
 * first spelling (in the order given), trimmed with inner spaces collapsed.
 */
export function groupReasons(reasons: readonly string[]): { reason: string; count: number }[] {
  const groups = new Map<string, { reason: string; count: number }>();
  for (const reason of reasons) {
    const key = textKey(reason);
    const group = groups.get(key);
    if (group) group.count++;
    else groups.set(key, { reason: reason.normalize('NFC').trim().replace(/\s+/g, ' '), count: 1 });
  }
  return [...groups.values()].sort((a, b) => b.count - a.count || swedishOrder.compare(a.reason, b.reason));
}

/**
 * The first day of the `weeks` ISO weeks that end with `to`'s week: "not attended in N weeks"
 * looks at attendance from this Monday up to and including `to`.
 */
export function absenceWindowStart(to: IsoDate, weeks: number): IsoDate {
  return mondayOfWeek(weekKeyOf(addDaysIso(to, -7 * (weeks - 1))));
}

/** Every month with at least one day in [from, to], in order. */
export function monthsTouching(from: IsoDate, to: IsoDate): YearMonth[] {
  return monthsBetween(monthOf(from), monthOf(to));
}

/** A share as a plain number, or null when there is nothing to divide by. */
export const perSession = (total: number, sessions: number): number | null => (sessions === 0 ? null : total / sessions);
