import { describe, expect, it } from 'vitest';
import { addDaysIso, mondayOfWeek, weekKeyOf } from '../../shared/domain/calendar';
import { defaultPlanWindow, displayStatus } from '../../shared/domain/plan';
import { holiday, kristiHimmelsfardsdag2026, meetingOn, override, pattern, plan, rule, sessionOfWeek, thursdayAt14 } from './fixtures';

const weeksOf = (sessions: { week: string }[]) => sessions.map((s) => s.week);

describe('the plan', () => {
  it('one session a week on the rule day, through week 53 into 2027', () => {
    const sessions = plan('2026-12-14', '2027-01-11');
    expect(sessions.map((s) => [s.week, s.date, s.startTime, s.status])).toEqual([
      ['2026-W51', '2026-12-17', '14:00', 'planned'],
      ['2026-W52', '2026-12-24', '14:00', 'planned'],
      ['2026-W53', '2026-12-31', '14:00', 'planned'],
      ['2027-W01', '2027-01-07', '14:00', 'planned'],
      ['2027-W02', '2027-01-14', '14:00', 'planned'],
    ]);
    expect(sessions[2]).toMatchObject({ isoYear: 2026, isoWeek: 53, weekday: 4, durationMinutes: 30, ruleId: 1, teamMeetings: [] });
  });

  it('weeks before the first rule are omitted', () => {
    expect(weeksOf(plan('2025-12-01', '2026-01-11'))).toEqual(['2026-W01', '2026-W02']);
  });

  it('no session in the team-meeting week of a one-off meeting', () => {
    const session = sessionOfWeek('2026-W48', { teamMeetingDates: [meetingOn(5, '2026-11-24')] });
    expect(session.status).toBe('teamMeetingWeek');
    expect(session.teamMeetings).toEqual([{ date: '2026-11-24', source: 'date', id: 5 }]);
  });

  it('no session in the weeks of the first Tuesday of every month', () => {
    const firstTuesday = pattern(1, { kind: 'nthWeekdayOfMonth', nth: 1, weekday: 2 }, '2026-11-01');
    const sessions = plan('2026-11-23', '2027-02-21', { teamMeetingPatterns: [firstTuesday] });
    const teamMeetingWeeks = sessions.filter((s) => s.status === 'teamMeetingWeek').map((s) => s.teamMeetings[0]!.date);
    expect(teamMeetingWeeks).toEqual(['2026-12-01', '2027-01-05', '2027-02-02']);
    expect(sessions.filter((s) => s.status === 'planned')).toHaveLength(sessions.length - 3);
  });

  it('no session every fourth week, counted on across the 2026/2027 year boundary', () => {
    const everyFourth = pattern(1, { kind: 'everyNWeeks', intervalWeeks: 4, weekday: 2 }, '2026-11-03');
    const sessions = plan('2026-11-02', '2027-02-28', { teamMeetingPatterns: [everyFourth] });
    expect(weeksOf(sessions.filter((s) => s.status === 'teamMeetingWeek'))).toEqual(['2026-W45', '2026-W49', '2026-W53', '2027-W04', '2027-W08']);
  });

  it('no session in the week of the last Friday of the month', () => {
    const lastFriday = pattern(1, { kind: 'nthWeekdayOfMonth', nth: -1, weekday: 5 }, '2026-01-01');
    const sessions = plan('2026-10-01', '2026-11-30', { teamMeetingPatterns: [lastFriday] });
    expect(weeksOf(sessions.filter((s) => s.status === 'teamMeetingWeek'))).toEqual(['2026-W44', '2026-W48']);
  });

  it('sessions come back after a pattern ends on its validTo', () => {
    const firstTuesday = pattern(1, { kind: 'nthWeekdayOfMonth', nth: 1, weekday: 2 }, '2026-01-01', '2026-12-31');
    const sessions = plan('2026-11-30', '2027-02-07', { teamMeetingPatterns: [firstTuesday] });
    expect(weeksOf(sessions.filter((s) => s.status === 'teamMeetingWeek'))).toEqual(['2026-W49']);
    expect(sessions.find((s) => s.week === '2027-W01')?.status).toBe('planned');
  });

  it('a team meeting earlier in the week than the start of the range still empties that week', () => {
    const sessions = plan('2026-11-26', '2026-11-26', { teamMeetingDates: [meetingOn(1, '2026-11-24')] });
    expect(sessions.map((s) => s.status)).toEqual(['teamMeetingWeek']);
  });

  it('a Thursday slot on Kristi himmelsfärdsdag is flagged and offered Wednesday', () => {
    const session = sessionOfWeek('2026-W20', { holidays: [kristiHimmelsfardsdag2026] });
    expect(session).toMatchObject({
      date: '2026-05-14',
      status: 'holiday',
      holiday: kristiHimmelsfardsdag2026,
      suggestedDate: '2026-05-13',
    });
  });

  it('a holiday week with no working day left has no suggestion', () => {
    const allOff = ['2026-05-11', '2026-05-12', '2026-05-13', '2026-05-14', '2026-05-15'].map((d) => holiday(d, 'Ledig'));
    expect(sessionOfWeek('2026-W20', { holidays: allOff })).toMatchObject({ status: 'holiday', suggestedDate: null });
  });

  it('a moved holiday session keeps its holiday but no longer needs a suggestion', () => {
    const session = sessionOfWeek('2026-W20', {
      holidays: [kristiHimmelsfardsdag2026],
      overrides: [override('2026-W20', { date: '2026-05-13', startTime: '13:00' })],
    });
    expect(session).toMatchObject({
      status: 'moved',
      date: '2026-05-13',
      weekday: 3,
      startTime: '13:00',
      ruleDate: '2026-05-14',
      holiday: kristiHimmelsfardsdag2026,
      suggestedDate: null,
    });
  });

  it('status precedence: team-meeting week over cancelled over moved over holiday', () => {
    const moved = override('2026-W20', { date: '2026-05-13', startTime: '14:00' });
    const movedAndCancelled = override('2026-W20', { date: '2026-05-13', startTime: '14:00' }, 'Sjukdom');
    const holidays = [kristiHimmelsfardsdag2026];
    const status = (parts: Parameters<typeof plan>[2]) => sessionOfWeek('2026-W20', { holidays, ...parts }).status;
    expect(status({})).toBe('holiday');
    expect(status({ overrides: [moved] })).toBe('moved');
    expect(status({ overrides: [movedAndCancelled] })).toBe('cancelled');
    expect(status({ overrides: [movedAndCancelled], teamMeetingDates: [meetingOn(1, '2026-05-12')] })).toBe('teamMeetingWeek');
  });

  it('a cancelled session shows its reason', () => {
    const session = sessionOfWeek('2026-W48', { overrides: [override('2026-W48', null, 'Personalbrist')] });
    expect(session).toMatchObject({ status: 'cancelled', cancelledReason: 'Personalbrist', date: '2026-11-26' });
  });

  it('a move back onto the rule day and time is shown as no move', () => {
    const session = sessionOfWeek('2026-W48', { overrides: [override('2026-W48', { date: '2026-11-26', startTime: '14:00' })] });
    expect(session.status).toBe('planned');
  });

  it('a rule change does not touch the past', () => {
    const rules = [thursdayAt14, rule(2, 1, '09:00', '2026-11-25')];
    const sessions = plan('2026-11-09', '2026-12-13', { rules });
    expect(sessions.map((s) => [s.week, s.date, s.startTime, s.ruleId])).toEqual([
      ['2026-W46', '2026-11-12', '14:00', 1],
      ['2026-W47', '2026-11-19', '14:00', 1],
      ['2026-W48', '2026-11-26', '14:00', 1],
      ['2026-W49', '2026-11-30', '09:00', 2],
      ['2026-W50', '2026-12-07', '09:00', 2],
    ]);
    const before = plan('2026-01-01', '2026-11-22', { rules: [thursdayAt14] });
    expect(plan('2026-01-01', '2026-11-22', { rules })).toEqual(before);
  });
});

describe('a held session in the plan', () => {
  const held = (week: string, date: string, startTime = '14:05', durationMinutes = 35, participantCount = 9) => ({
    week,
    date,
    startTime,
    durationMinutes,
    participantCount,
  });

  it('shows as held with the time it took place and how many came', () => {
    const session = sessionOfWeek('2026-W48', { held: [held('2026-W48', '2026-11-26')] });
    expect(session).toMatchObject({
      status: 'held',
      date: '2026-11-26',
      weekday: 4,
      startTime: '14:05',
      durationMinutes: 35,
      participantCount: 9,
      ruleDate: '2026-11-26',
    });
  });

  it('keeps the day it was held on after a move', () => {
    const session = sessionOfWeek('2026-W20', {
      holidays: [kristiHimmelsfardsdag2026],
      overrides: [override('2026-W20', { date: '2026-05-13', startTime: '13:00' })],
      held: [held('2026-W20', '2026-05-13', '13:00', 30, 6)],
    });
    expect(session).toMatchObject({ status: 'held', date: '2026-05-13', weekday: 3, startTime: '13:00', suggestedDate: null });
  });

  it('takes precedence over every other status: what happened is never rewritten', () => {
    const parts = {
      holidays: [kristiHimmelsfardsdag2026],
      overrides: [override('2026-W20', { date: '2026-05-13', startTime: '14:00' }, 'Sjukdom')],
      teamMeetingDates: [meetingOn(1, '2026-05-12')],
      held: [held('2026-W20', '2026-05-13')],
    };
    expect(sessionOfWeek('2026-W20', parts).status).toBe('held');
  });

  it('a session not held has no participant count', () => {
    const sessions = plan('2026-11-16', '2026-11-29', { held: [held('2026-W48', '2026-11-26')] });
    expect(sessions.map((s) => [s.week, s.status, s.participantCount])).toEqual([
      ['2026-W47', 'planned', null],
      ['2026-W48', 'held', 9],
    ]);
  });

  it('a held session with nobody recorded counts zero, not null', () => {
    expect(sessionOfWeek('2026-W48', { held: [held('2026-W48', '2026-11-26', '14:00', 30, 0)] }).participantCount).toBe(0);
  });
});

describe('the default plan window', () => {
  it('runs from the week of the 1st of last month to the Sunday 12 weeks ahead, over week 53', () => {
    // Thursday 1 October is in 2026-W40 (Monday 28 September); 2026-W48 + 12 = 2027-W07, since 2026 has 53 weeks.
    expect(defaultPlanWindow('2026-11-23')).toEqual({ from: '2026-09-28', to: '2027-02-21' });
    expect(defaultPlanWindow('2026-11-29')).toEqual({ from: '2026-09-28', to: '2027-02-21' });
    expect(defaultPlanWindow('2026-11-01')).toEqual({ from: '2026-09-28', to: '2027-01-24' });
  });

  it('in January reaches back over December of the year before', () => {
    // Tuesday 1 December 2026 is in week 49 (Monday 30 November).
    expect(defaultPlanWindow('2027-01-31').from).toBe('2026-11-30');
    expect(defaultPlanWindow('2027-02-17').from).toBe('2026-12-28');
  });

  it('always shows at least the 4 weeks before today’s week', () => {
    for (let day = 0; day < 800; day += 1) {
      const today = addDaysIso('2026-01-01', day);
      const monday = mondayOfWeek(weekKeyOf(today));
      expect(defaultPlanWindow(today).from <= addDaysIso(monday, -28)).toBe(true);
    }
  });

  it('holds 17 weeks with today in the fifth', () => {
    const { from, to } = defaultPlanWindow('2027-01-02');
    const sessions = plan(from, to);
    expect(sessions).toHaveLength(17);
    expect(sessions[4]?.week).toBe('2026-W53');
  });
});

describe('what a session reads as on a given day', () => {
  const week47 = sessionOfWeek('2026-W47'); // Thursday 19 November
  const moved = sessionOfWeek('2026-W47', { overrides: [override('2026-W47', { date: '2026-11-17', startTime: '10:00' })] });

  it('a planned or moved session whose day has passed with nothing recorded is "Ej registrerad"', () => {
    expect(displayStatus(week47, '2026-11-20')).toBe('unrecorded');
    expect(displayStatus(moved, '2026-11-18')).toBe('unrecorded');
  });

  it('on its own day and before it, it is still planned', () => {
    expect(displayStatus(week47, '2026-11-19')).toBe('planned');
    expect(displayStatus(moved, '2026-11-17')).toBe('moved');
  });

  it('a held, cancelled, holiday or team-meeting week keeps its status after its day', () => {
    const held = { ...week47, status: 'held' as const };
    const cancelled = sessionOfWeek('2026-W47', { overrides: [override('2026-W47', null, 'Sjukdom')] });
    const teamMeeting = sessionOfWeek('2026-W47', { teamMeetingDates: [meetingOn(1, '2026-11-17')] });
    const holiday = sessionOfWeek('2026-W20', { holidays: [kristiHimmelsfardsdag2026] });
    expect([held, cancelled, teamMeeting, holiday].map((s) => displayStatus(s, '2026-12-31'))).toEqual([
      'held',
      'cancelled',
      'teamMeetingWeek',
      'holiday',
    ]);
  });
});

describe('a locked week', () => {
  it('is one whose session is dated in a sent month', () => {
    const weeks = plan('2026-11-23', '2026-12-06', { sentMonths: ['2026-11'] });
    expect(weeks.map((s) => [s.date, s.locked])).toEqual([
      ['2026-11-26', true],
      ['2026-12-03', false],
    ]);
  });
});
