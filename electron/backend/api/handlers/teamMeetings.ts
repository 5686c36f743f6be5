import { addDaysIso } from '../../../../shared/domain/calendar';
import { DomainError } from '../../../../shared/domain/errors';
import type { BackendContext, HandlerGroup } from '../types';
import { refuseIfMonthLocked } from './billingLock';
import { requireUnit } from './units';

const notFound = () => new DomainError('NOT_FOUND', 'error.teamMeetingNotFound', {}, 'id');

export function teamMeetingHandlers({
  store,
  today,
}: BackendContext): HandlerGroup<
  | 'teamMeetings.list'
  | 'teamMeetings.addDate'
  | 'teamMeetings.removeDate'
  | 'teamMeetings.addPattern'
  | 'teamMeetings.removePattern'
> {
  const { teamMeetings } = store;
  return {
    'teamMeetings.list': ({ unitId }) => {
      requireUnit(store, unitId);
      return { dates: teamMeetings.listDates(unitId), patterns: teamMeetings.listPatterns(unitId) };
    },
    'teamMeetings.addDate': ({ unitId, date }) => {
      requireUnit(store, unitId);
      refuseIfMonthLocked(store, unitId, date, 'date');
      if (teamMeetings.dateOn(unitId, date)) throw new DomainError('CONFLICT', 'error.teamMeetingDateTaken', { date }, 'date');
      return teamMeetings.insertDate(unitId, date);
    },
    'teamMeetings.removeDate': ({ unitId, id }) => {
      requireUnit(store, unitId);
      const meeting = teamMeetings.getDate(unitId, id);
      if (!meeting) throw notFound();
      refuseIfMonthLocked(store, unitId, meeting.date);
      teamMeetings.deleteDate(id);
      return null;
    },
    'teamMeetings.addPattern': ({ unitId, recurrence, validFrom }) => {
      requireUnit(store, unitId);
      return teamMeetings.insertPattern({ unitId, recurrence, validFrom, validTo: null });
    },
    'teamMeetings.removePattern': ({ unitId, id }) => {
      requireUnit(store, unitId);
      const pattern = teamMeetings.getPattern(unitId, id);
      if (!pattern) throw notFound();
      const yesterday = addDaysIso(today(), -1);
      if (pattern.validFrom > yesterday) {
        teamMeetings.deletePattern(id);
      } else if (pattern.validTo === null || pattern.validTo > yesterday) {
        // Weeks already lived through stay team-meeting weeks; only the future is freed.
        teamMeetings.endPattern(id, yesterday);
      }
      return null;
    },
  };
}
