import type { CaseDiscussed, PlannedSession } from './types';
import { DomainError } from './errors';

/**
 * The agenda, cases and actions belong to a session that takes place (or has): they may be
 * prepared before it is held, but a team-meeting week or a cancelled session has none.
 */
export function checkSessionTakesNotes(session: PlannedSession): void {
  if (session.status === 'held') return;
  if (session.status === 'teamMeetingWeek') {
    throw new DomainError('CONFLICT', 'error.weekIsTeamMeetingWeek', { week: session.isoWeek }, 'week');
  }
  if (session.status === 'cancelled') {
    throw new DomainError('CONFLICT', 'error.session.cancelledNoNotes', { week: session.isoWeek }, 'week');
  }
}

/** Sub-goals are written one per line: blank lines and stray spaces are not sub-goals. */
export function tidySubGoals(subGoals: CaseDiscussed['subGoals']): string[] {
  return subGoals.map((goal) => goal.trim()).filter((goal) => goal !== '');
}
