import { describe, expect, it } from 'vitest';
import type { PlannedSession } from '../../shared/domain/types';
import { actionsFor, disabledReasonFor, opensSession } from '../../renderer/src/planning/rowActions';
import { kristiHimmelsfardsdag2026, meetingOn, override, pattern, plan, sessionOfWeek } from '../unit/fixtures';

const planned = sessionOfWeek('2026-W47');
const moved = sessionOfWeek('2026-W47', { overrides: [override('2026-W47', { date: '2026-11-18', startTime: '10:00' })] });
const cancelled = sessionOfWeek('2026-W47', { overrides: [override('2026-W47', null, 'Sjukdom')] });
const holiday = sessionOfWeek('2026-W20', { holidays: [kristiHimmelsfardsdag2026] });
const meetingByDate = sessionOfWeek('2026-W47', { teamMeetingDates: [meetingOn(1, '2026-11-17')] });
const [meetingByPattern] = plan('2026-11-02', '2026-11-08', {
  teamMeetingPatterns: [pattern(1, { kind: 'nthWeekdayOfMonth', nth: 1, weekday: 2 }, '2026-01-01')],
});

describe('what a row of the plan offers', () => {
  it('the fixtures have the statuses they are named for', () => {
    const statuses = [planned, moved, cancelled, holiday, meetingByDate, meetingByPattern].map((s) => s?.status);
    expect(statuses).toEqual(['planned', 'moved', 'cancelled', 'holiday', 'teamMeetingWeek', 'teamMeetingWeek']);
  });

  it('a planned or holiday session can be moved, cancelled or given over to a team meeting', () => {
    expect(actionsFor(planned)).toEqual(['move', 'cancel', 'markTeamMeeting']);
    expect(actionsFor(holiday)).toEqual(['move', 'cancel', 'markTeamMeeting']);
  });

  it('a moved session can also be moved back', () => {
    expect(actionsFor(moved)).toEqual(['move', 'undoMove', 'cancel', 'markTeamMeeting']);
  });

  it('a cancelled session can be brought back or given over to a team meeting', () => {
    expect(actionsFor(cancelled)).toEqual(['undoCancel', 'markTeamMeeting']);
  });

  it('a team meeting set on a date can be removed; one occurrence of a repeating pattern can be skipped', () => {
    expect(actionsFor(meetingByDate)).toEqual(['removeTeamMeeting']);
    expect(actionsFor(meetingByPattern!)).toEqual(['skipTeamMeeting']);
  });

  it('a week whose recurring team meeting is skipped has its session, and the meeting can be restored', () => {
    const [skipped] = plan('2026-11-02', '2026-11-08', {
      teamMeetingPatterns: [pattern(1, { kind: 'nthWeekdayOfMonth', nth: 1, weekday: 2 }, '2026-01-01', null, ['2026-11-03'])],
    });
    expect(skipped!.status).toBe('planned');
    expect(skipped!.skippedTeamMeetings).toEqual([{ date: '2026-11-03', id: 1 }]);
    expect(actionsFor(skipped!)).toEqual(['move', 'cancel', 'markTeamMeeting', 'restoreTeamMeeting']);
  });

  it('a held session is not changed from the plan', () => {
    expect(actionsFor({ ...planned, status: 'held' } satisfies PlannedSession)).toEqual([]);
  });

  it('opens the session of every row with a meeting to prepare or record, not of team-meeting or cancelled weeks', () => {
    expect([planned, moved, holiday, { ...planned, status: 'held' as const }].every(opensSession)).toBe(true);
    expect([cancelled, meetingByDate].some(opensSession)).toBe(false);
  });
});

describe('a row of a sent month', () => {
  const [lockedPlanned, lockedMeeting] = plan('2026-11-16', '2026-11-29', {
    teamMeetingDates: [meetingOn(1, '2026-11-24')],
    sentMonths: ['2026-11'],
  });

  it('keeps its actions in view but disabled, with the lock as the reason', () => {
    expect(lockedPlanned!.locked).toBe(true);
    expect(actionsFor(lockedPlanned!)).toEqual(['move', 'cancel', 'markTeamMeeting']);
    expect(disabledReasonFor(lockedPlanned!)).toBe('planning.locked.reason');
    expect(disabledReasonFor(lockedMeeting!)).toBe('planning.locked.reason');
  });

  it('a week of an open month has its actions enabled', () => {
    expect([planned, moved, cancelled, holiday, meetingByDate].map(disabledReasonFor)).toEqual([null, null, null, null, null]);
  });

  it('its session can still be opened, to read', () => {
    expect(opensSession(lockedPlanned!)).toBe(true);
  });
});
