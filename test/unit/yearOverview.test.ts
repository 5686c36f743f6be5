import { describe, expect, it } from 'vitest';
import { headCountsByRole } from '../../shared/domain/headCounts';
import { isoYearRange, stateCounts, weekColumns, yearWeeks } from '../../shared/domain/yearOverview';
import type { PlannedSession, SessionStatus } from '../../shared/domain/types';

/** A Thursday 14:00 session of a 2026 week, as the plan answers it. */
function session(isoWeek: number, date: string, status: SessionStatus, participantCount: number | null = null): PlannedSession {
  const week = `2026-W${String(isoWeek).padStart(2, '0')}`;
  return {
    unitId: 1,
    week,
    isoYear: 2026,
    isoWeek,
    date,
    weekday: 4,
    startTime: '14:00',
    durationMinutes: 30,
    status,
    ruleDate: date,
    ruleId: 1,
    holiday: null,
    suggestedDate: null,
    cancelledReason: null,
    teamMeetings: [],
    skippedTeamMeetings: [],
    participantCount,
    locked: false,
  };
}

describe('the ISO year at a glance', () => {
  it('runs from Monday of week 1 to Sunday of the last week, across the calendar year’s ends', () => {
    expect(isoYearRange(2026)).toEqual({ from: '2025-12-29', to: '2027-01-03' });
    expect(isoYearRange(2027)).toEqual({ from: '2027-01-04', to: '2028-01-02' });
  });

  it('has every week of the year: 53 in 2026, 52 in 2027', () => {
    expect(yearWeeks(2026, [], '2026-06-01').map((w) => w.isoWeek)).toEqual(Array.from({ length: 53 }, (_, i) => i + 1));
    const weeks2027 = yearWeeks(2027, [], '2026-06-01');
    expect(weeks2027).toHaveLength(52);
    expect(weeks2027[0]?.week).toBe('2027-W01');
    expect(weeks2027.at(-1)?.week).toBe('2027-W52');
  });

  it('reads each week as the plan shows it today: a passed planned week is unrecorded, a week without a slot has none', () => {
    const weeks = yearWeeks(
      2026,
      [session(14, '2026-04-02', 'planned'), session(15, '2026-04-09', 'held', 6), session(16, '2026-04-16', 'planned')],
      '2026-04-10',
    );
    expect(weeks.slice(12, 16).map((w) => [w.week, w.state])).toEqual([
      ['2026-W13', 'none'],
      ['2026-W14', 'unrecorded'],
      ['2026-W15', 'held'],
      ['2026-W16', 'planned'],
    ]);
    expect(weeks[14]?.session?.participantCount).toBe(6);
  });

  it('counts the weeks per state, every state listed', () => {
    const weeks = yearWeeks(2026, [session(15, '2026-04-09', 'held', 6), session(16, '2026-04-16', 'cancelled')], '2026-04-10');
    expect(stateCounts(weeks)).toEqual({
      held: 1,
      unrecorded: 0,
      planned: 0,
      moved: 0,
      cancelled: 1,
      teamMeetingWeek: 0,
      holiday: 0,
      none: 51,
    });
  });

  it('splits the year into columns of consecutive weeks, the longer ones first', () => {
    const lengths = (n: number) =>
      weekColumns(
        Array.from({ length: n }, (_, i) => i + 1),
        4,
      ).map((column) => column.length);
    expect(lengths(53)).toEqual([14, 13, 13, 13]);
    expect(lengths(52)).toEqual([13, 13, 13, 13]);
    expect(weekColumns([1, 2, 3, 4, 5], 4)).toEqual([[1, 2], [3], [4], [5]]);
  });
});

describe('the printed roster’s head count', () => {
  it('counts people per role in the routine’s order, leaves out roles nobody has, and totals them', () => {
    const members = (['nurse', 'careStaff', 'careStaff', 'unitManager', 'careStaff'] as const).map((role) => ({ role }));
    expect(headCountsByRole(members)).toEqual({
      byRole: [
        { role: 'careStaff', count: 3 },
        { role: 'nurse', count: 1 },
        { role: 'unitManager', count: 1 },
      ],
      total: 5,
    });
    expect(headCountsByRole([])).toEqual({ byRole: [], total: 0 });
  });
});
