import type { PlannedSession } from '../../../shared/domain/types';

/** What a row of the plan lets the manager do; also names the row's buttons for focus. */
export type RowAction = 'applySuggestion' | 'move' | 'undoMove' | 'cancel' | 'undoCancel' | 'markTeamMeeting' | 'removeTeamMeeting';

export interface RowHandlers {
  applySuggestion: (session: PlannedSession) => void;
  move: (session: PlannedSession) => void;
  undoMove: (session: PlannedSession) => void;
  cancel: (session: PlannedSession) => void;
  undoCancel: (session: PlannedSession) => void;
  markTeamMeeting: (session: PlannedSession) => void;
  removeTeamMeeting: (session: PlannedSession, meetingId: number) => void;
}

/** The actions offered for a session, in the order the buttons appear. */
export function actionsFor(session: PlannedSession): RowAction[] {
  switch (session.status) {
    case 'teamMeetingWeek':
      return session.teamMeetings.some((m) => m.source === 'date') ? ['removeTeamMeeting'] : [];
    case 'cancelled':
      return ['undoCancel', 'markTeamMeeting'];
    case 'moved':
      return ['move', 'undoMove', 'cancel', 'markTeamMeeting'];
    case 'holiday':
    case 'planned':
      return ['move', 'cancel', 'markTeamMeeting'];
    case 'held':
      return [];
  }
}

/**
 * Why the row's actions are shown but cannot be used, as a catalog key; null when they can.
 * A week of a sent month keeps its buttons in view, disabled, so the manager sees what the
 * lock holds back instead of meeting a refusal after acting.
 */
export function disabledReasonFor(session: PlannedSession): 'planning.locked.reason' | null {
  return session.locked ? 'planning.locked.reason' : null;
}

/** The rows whose session can be opened: there is (or was) a meeting to prepare or record. */
export function opensSession(session: PlannedSession): boolean {
  return session.status !== 'teamMeetingWeek' && session.status !== 'cancelled';
}
