import { describe, expect, it } from 'vitest';
import { teamMeetingOccurrences, teamMeetingsByWeek } from '../../shared/domain/teamMeetings';
import { meetingOn, pattern } from './fixtures';

const datesOf = (occurrences: { date: string }[]) => occurrences.map((o) => o.date);

describe('team meetings', () => {
  it('the first Tuesday of every month, over the new year', () => {
    const firstTuesday = pattern(1, { kind: 'nthWeekdayOfMonth', nth: 1, weekday: 2 }, '2026-11-01');
    expect(datesOf(teamMeetingOccurrences([], [firstTuesday], '2026-11-01', '2027-02-28'))).toEqual([
      '2026-11-03',
      '2026-12-01',
      '2027-01-05',
      '2027-02-02',
    ]);
  });

  it('a skipped occurrence is no team meeting; the pattern goes on after it', () => {
    const firstTuesday = pattern(1, { kind: 'nthWeekdayOfMonth', nth: 1, weekday: 2 }, '2026-11-01', null, ['2026-12-01']);
    expect(datesOf(teamMeetingOccurrences([], [firstTuesday], '2026-11-01', '2027-01-31'))).toEqual(['2026-11-03', '2027-01-05']);
  });

  it('the second and fourth Thursday', () => {
    const second = pattern(1, { kind: 'nthWeekdayOfMonth', nth: 2, weekday: 4 }, '2026-01-01');
    const fourth = pattern(2, { kind: 'nthWeekdayOfMonth', nth: 4, weekday: 4 }, '2026-01-01');
    expect(datesOf(teamMeetingOccurrences([], [second, fourth], '2026-05-01', '2026-05-31'))).toEqual(['2026-05-14', '2026-05-28']);
  });

  it('the last Friday of the month, also when the month ends on a weekend', () => {
    const lastFriday = pattern(1, { kind: 'nthWeekdayOfMonth', nth: -1, weekday: 5 }, '2026-01-01');
    expect(datesOf(teamMeetingOccurrences([], [lastFriday], '2026-10-01', '2027-01-31'))).toEqual([
      '2026-10-30',
      '2026-11-27',
      '2026-12-25',
      '2027-01-29',
    ]);
  });

  it('every fourth week counts on through week 53 into 2027', () => {
    const everyFourth = pattern(1, { kind: 'everyNWeeks', intervalWeeks: 4, weekday: 2 }, '2026-11-03');
    const occurrences = teamMeetingOccurrences([], [everyFourth], '2026-10-01', '2027-03-31');
    // 2026-W45, W49, W53, 2027-W04, W08, W12: four weeks apart, not by week number.
    expect(datesOf(occurrences)).toEqual(['2026-11-03', '2026-12-01', '2026-12-29', '2027-01-26', '2027-02-23', '2027-03-23']);
  });

  it('every other week starts in the week of validFrom but not before validFrom itself', () => {
    // validFrom is a Wednesday; the Monday of that week has passed, so the first meeting is two weeks later.
    const everyOther = pattern(1, { kind: 'everyNWeeks', intervalWeeks: 2, weekday: 1 }, '2026-11-25');
    expect(datesOf(teamMeetingOccurrences([], [everyOther], '2026-11-01', '2026-12-31'))).toEqual(['2026-12-07', '2026-12-21']);
  });

  it('a pattern ends on its validTo and has nothing before its validFrom', () => {
    const firstTuesday = pattern(1, { kind: 'nthWeekdayOfMonth', nth: 1, weekday: 2 }, '2026-09-02', '2026-12-01');
    expect(datesOf(teamMeetingOccurrences([], [firstTuesday], '2026-01-01', '2027-12-31'))).toEqual(['2026-10-06', '2026-11-03', '2026-12-01']);
  });

  it('one-off dates and patterns come together sorted, each with its source', () => {
    const occurrences = teamMeetingOccurrences(
      [meetingOn(7, '2026-11-19'), meetingOn(8, '2027-06-01')],
      [pattern(3, { kind: 'nthWeekdayOfMonth', nth: 1, weekday: 2 }, '2026-01-01')],
      '2026-11-01',
      '2026-12-31',
    );
    expect(occurrences).toEqual([
      { date: '2026-11-03', source: 'pattern', id: 3 },
      { date: '2026-11-19', source: 'date', id: 7 },
      { date: '2026-12-01', source: 'pattern', id: 3 },
    ]);
  });

  it('groups the meetings by ISO week, week 53 included', () => {
    const byWeek = teamMeetingsByWeek(
      [meetingOn(1, '2026-12-28'), meetingOn(2, '2027-01-03'), meetingOn(3, '2027-01-04')],
      [],
      '2026-12-01',
      '2027-01-31',
    );
    expect([...byWeek.keys()]).toEqual(['2026-W53', '2027-W01']);
    expect(byWeek.get('2026-W53')?.map((o) => o.id)).toEqual([1, 2]);
  });
});
