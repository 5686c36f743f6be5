import type { TFunction } from 'i18next';
import type { YearWeek, YearWeekState } from '../../../shared/domain/yearOverview';

/** The state in words, as the plan says it ("Genomförd"); a week without a slot: "Ingen veckotid". */
export function stateLabel(t: TFunction, state: YearWeekState): string {
  return state === 'none' ? t('overview.none') : t(`status.${state}`);
}

/** The day the week's session is on (held, moved or planned); a team-meeting week, the meeting's day. */
export function weekDate({ session, state }: YearWeek): string {
  if (!session) return '';
  if (state === 'teamMeetingWeek') return session.teamMeetings.map((meeting) => meeting.date).join(', ');
  return session.date;
}

/** The participant count of a held week, else nothing. */
export function weekCount({ session, state }: YearWeek): string {
  return state === 'held' && session?.participantCount != null ? String(session.participantCount) : '';
}
