import type { MethodsNamed } from '../../../../shared/api/methods';
import { addDaysIso } from '../../../../shared/domain/calendar';
import { DomainError } from '../../../../shared/domain/errors';
import { teamMeetingOccurrences } from '../../../../shared/domain/teamMeetings';
import type { IsoDate, TeamMeetingPattern } from '../../../../shared/domain/types';
import { refuseIfMonthLocked, refuseIfPlanChangeReachesSentMonth } from '../../services/billingMonth';
import { requireUnit } from '../../services/units';
import type { BackendContext, HandlerGroup } from '../types';

const notFound = () => new DomainError('NOT_FOUND', 'error.teamMeetingNotFound', {}, 'id');

export function teamMeetingHandlers({ store, today }: BackendContext): HandlerGroup<MethodsNamed<'teamMeetings'>> {
  const { teamMeetings } = store;
  const patternOf = (unitId: number, id: number) => {
    requireUnit(store, unitId);
    const pattern = teamMeetings.getPattern(unitId, id);
    if (!pattern) throw notFound();
    return pattern;
  };
  /** Skips or restores one occurrence, unless that changes a sent month (its date's, or a week's). */
  const changeSkips = (pattern: TeamMeetingPattern, date: IsoDate, skippedDates: IsoDate[], write: () => void): TeamMeetingPattern => {
    refuseIfMonthLocked(store, pattern.unitId, date, 'date');
    const others = teamMeetings.listPatterns(pattern.unitId).filter((p) => p.id !== pattern.id);
    refuseIfPlanChangeReachesSentMonth(store, pattern.unitId, { teamMeetingPatterns: [...others, { ...pattern, skippedDates }] }, 'date');
    write();
    return teamMeetings.getPattern(pattern.unitId, pattern.id)!;
  };
  return {
    'teamMeetings.list': ({ unitId }) => {
      requireUnit(store, unitId);
      return { dates: teamMeetings.listDates(unitId), patterns: teamMeetings.listPatterns(unitId) };
    },
    'teamMeetings.addDate': ({ unitId, date }) => {
      requireUnit(store, unitId);
      refuseIfMonthLocked(store, unitId, date, 'date');
      if (teamMeetings.dateOn(unitId, date)) throw new DomainError('CONFLICT', 'error.teamMeetingDateTaken', { date }, 'date');
      // The date's own month is open, but its week's session may be dated in a sent one.
      refuseIfPlanChangeReachesSentMonth(store, unitId, { teamMeetingDates: [...teamMeetings.listDates(unitId), { id: 0, unitId, date }] }, 'date');
      return teamMeetings.insertDate(unitId, date);
    },
    'teamMeetings.removeDate': ({ unitId, id }) => {
      requireUnit(store, unitId);
      const meeting = teamMeetings.getDate(unitId, id);
      if (!meeting) throw notFound();
      refuseIfMonthLocked(store, unitId, meeting.date);
      refuseIfPlanChangeReachesSentMonth(store, unitId, { teamMeetingDates: teamMeetings.listDates(unitId).filter((d) => d.id !== id) });
      teamMeetings.deleteDate(id);
      return null;
    },
    'teamMeetings.addPattern': ({ unitId, recurrence, validFrom }) => {
      requireUnit(store, unitId);
      const pattern = { unitId, recurrence, validFrom, validTo: null, skippedDates: [] };
      refuseIfPlanChangeReachesSentMonth(
        store,
        unitId,
        { teamMeetingPatterns: [...teamMeetings.listPatterns(unitId), { id: 0, ...pattern }] },
        'validFrom',
      );
      return teamMeetings.insertPattern(pattern);
    },
    'teamMeetings.removePattern': ({ unitId, id }) => {
      requireUnit(store, unitId);
      const pattern = teamMeetings.getPattern(unitId, id);
      if (!pattern) throw notFound();
      const yesterday = addDaysIso(today(), -1);
      // Weeks already lived through stay team-meeting weeks; only the future is freed.
      const ending = pattern.validFrom > yesterday ? 'delete' : pattern.validTo === null || pattern.validTo > yesterday ? 'end' : null;
      if (ending === null) return null;
      const others = teamMeetings.listPatterns(unitId).filter((p) => p.id !== id);
      refuseIfPlanChangeReachesSentMonth(store, unitId, {
        teamMeetingPatterns: ending === 'delete' ? others : [...others, { ...pattern, validTo: yesterday }],
      });
      if (ending === 'delete') teamMeetings.deletePattern(id);
      else teamMeetings.endPattern(id, yesterday);
      return null;
    },
    'teamMeetings.skipOccurrence': ({ unitId, id, date }) => {
      const pattern = patternOf(unitId, id);
      // A second click or a retried request finds the day skipped: nothing to do, as restoring
      // a day not skipped (the occurrence check below no longer sees it, and would say it never was).
      if (pattern.skippedDates.includes(date)) return pattern;
      if (!teamMeetingOccurrences([], [pattern], date, date).some((o) => o.date === date)) {
        throw new DomainError('VALIDATION', 'error.teamMeetingNotOnDate', { date }, 'date');
      }
      return changeSkips(pattern, date, [...pattern.skippedDates, date].sort(), () => teamMeetings.skipOccurrence(id, date));
    },
    'teamMeetings.restoreOccurrence': ({ unitId, id, date }) => {
      const pattern = patternOf(unitId, id);
      if (!pattern.skippedDates.includes(date)) return pattern;
      return changeSkips(
        pattern,
        date,
        pattern.skippedDates.filter((d) => d !== date),
        () => teamMeetings.restoreOccurrence(id, date),
      );
    },
  };
}
