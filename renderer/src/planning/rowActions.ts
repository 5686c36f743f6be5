import type { IsoDate, PlannedSession } from '../../../shared/domain/types';

/** What a row of the plan lets the manager do; also names the row's buttons for focus. */
export type RowAction =
  | 'applySuggestion'
  | 'move'
  | 'undoMove'
  | 'cancel'
  | 'undoCancel'
  | 'markTeamMeeting'
  | 'removeTeamMeeting'
  | 'skipTeamMeeting'
  | 'restoreTeamMeeting';

export interface RowHandlers {
  applySuggestion: (session: PlannedSession) => void;
  move: (session: PlannedSession) => void;
  undoMove: (session: PlannedSession) => void;
  cancel: (session: PlannedSession) => void;
  undoCancel: (session: PlannedSession) => void;
  markTeamMeeting: (session: PlannedSession) => void;
  removeTeamMeeting: (session: PlannedSession, meetingId: number) => void;
  skipTeamMeeting: (session: PlannedSession, patternId: number, date: IsoDate) => void;
  restoreTeamMeeting: (session: PlannedSession, patternId: number, date: IsoDate) => void;
}

/**
 * The actions offered for a session, in the order the buttons appear. A single team-meeting
 * date is removed; one occurrence of a recurring one is skipped (the pattern is changed in
 * the settings), and a skipped one can be restored from its week.
 */
export function actionsFor(session: PlannedSession): RowAction[] {
  const restore: RowAction[] = session.skippedTeamMeetings.length > 0 ? ['restoreTeamMeeting'] : [];
  switch (session.status) {
    case 'teamMeetingWeek':
      return [
        ...(session.teamMeetings.some((m) => m.source === 'date') ? (['removeTeamMeeting'] as const) : []),
        ...(session.teamMeetings.some((m) => m.source === 'pattern') ? (['skipTeamMeeting'] as const) : []),
      ];
    case 'cancelled':
      return ['undoCancel', 'markTeamMeeting', ...restore];
    case 'moved':
      return ['move', 'undoMove', 'cancel', 'markTeamMeeting', ...restore];
    case 'holiday':
    case 'planned':
      return ['move', 'cancel', 'markTeamMeeting', ...restore];
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
