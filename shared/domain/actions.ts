import type { ActionStatus, AgreedAction, IsoDate, IsoWeekKey, StaffMember } from './types';
import { parseWeekKey } from './calendar';
import { DomainError } from './errors';

// Week keys are fixed-width ("2026-W05"), so comparing them as text compares the weeks.

/**
 * "Uppföljning från föregående vecka": actions agreed in an earlier session that are still
 * open, and those closed in this very session (so they can be seen, and reopened, there).
 * An open action simply stays until it is closed, which carries it over a team-meeting week.
 */
export function isFollowUp(action: AgreedAction, week: IsoWeekKey): boolean {
  return action.agreedInWeek < week && (action.status === 'open' || action.closedInWeek === week);
}

/** The session's follow-up list, oldest agreement first. */
export function followUpOf(actions: AgreedAction[], week: IsoWeekKey): AgreedAction[] {
  return actions
    .filter((action) => isFollowUp(action, week))
    .sort((a, b) => (a.agreedInWeek < b.agreedInWeek ? -1 : a.agreedInWeek > b.agreedInWeek ? 1 : a.id - b.id));
}

/** An action can be changed in the session that agreed it and in the sessions that follow it up. */
export function checkActionInSession(action: AgreedAction, week: IsoWeekKey): void {
  if (action.agreedInWeek !== week && !isFollowUp(action, week)) {
    throw new DomainError('CONFLICT', 'error.action.notInSession', { week: parseWeekKey(week).isoWeek }, 'id');
  }
}

/** Closing records the week it was closed in; reopening forgets it. */
export function withStatus(action: AgreedAction, status: ActionStatus, week: IsoWeekKey): AgreedAction {
  checkActionInSession(action, week);
  if (action.status === status) return action;
  return { ...action, status, closedInWeek: status === 'done' ? week : null };
}

/**
 * Someone made responsible (for an action or a documentation duty) is on the unit's roster
 * and had not left it before the session's day. Someone who joined afterwards may take it on.
 */
export function checkResponsible(roster: StaffMember[], personId: number, sessionDate: IsoDate, field: string): void {
  const member = roster.find((m) => m.id === personId);
  if (!member) throw new DomainError('NOT_FOUND', 'error.session.responsibleNotInUnit', {}, field);
  if (member.activeTo !== null && member.activeTo < sessionDate) {
    throw new DomainError('CONFLICT', 'error.session.responsibleHasLeft', { name: member.name, date: member.activeTo }, field);
  }
}
