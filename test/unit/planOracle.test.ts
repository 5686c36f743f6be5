import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { swedishDaysOff } from '../../electron/backend/holidays';
import { addDaysIso, dateInWeek, mondayOfWeek, weekKeyOf } from '../../shared/domain/calendar';
import { asHeld, planSessions, type PlanInput } from '../../shared/domain/plan';
import { ruleForWeek } from '../../shared/domain/slotRules';
import { teamMeetingOccurrences } from '../../shared/domain/teamMeetings';
import type { Weekday } from '../../shared/domain/types';
import { planSessions as oldPlanSessions } from './oracle/plan';
import { ruleForWeek as oldRuleForWeek } from './oracle/slotRules';
import { teamMeetingOccurrences as oldTeamMeetingOccurrences } from './oracle/teamMeetings';
import { holiday, meetingOn, override, pattern, rule, UNIT } from './fixtures';

// The plan code was rewritten for speed (issue 11); every answer must stay what it was. The
// code before the rewrite lives in ./oracle and is the reference here.
process.env.TZ = 'Europe/Stockholm';

const TEN_YEARS = { from: '2023-01-02', to: '2033-12-31' };

/** A unit as managers run it: rule changes, recurring and one-off team meetings, moves, cancellations, held weeks, sent months. */
function tenYearsOfAUnit(): PlanInput {
  const weeks: string[] = [];
  for (let monday = TEN_YEARS.from; monday <= TEN_YEARS.to; monday = addDaysIso(monday, 7)) weeks.push(weekKeyOf(monday));
  const held = weeks
    .filter((week, i) => i % 3 !== 0 && week < '2030')
    .map((week, i) => ({ week, date: dateInWeek(week, 3), startTime: '13:00', durationMinutes: 45, participantCount: 5 + (i % 7) }));
  return {
    unitId: UNIT,
    ...TEN_YEARS,
    rules: [
      rule(1, 4, '14:00', '2022-06-01'),
      rule(2, 3, '13:00', '2025-03-06'),
      rule(3, 1, '09:00', '2026-12-29'),
      rule(4, 5, '10:00', '2026-12-29'),
      rule(5, 2, '08:30', '2032-12-30', 60),
    ],
    teamMeetingDates: [meetingOn(1, '2026-12-30'), meetingOn(2, '2032-06-15'), meetingOn(3, '2033-03-01')],
    teamMeetingPatterns: [
      pattern(1, { kind: 'nthWeekdayOfMonth', nth: -1, weekday: 2 }, '2024-01-01', '2028-06-30', ['2026-12-29', '2027-03-30']),
      pattern(2, { kind: 'everyNWeeks', intervalWeeks: 5, weekday: 1 }, '2028-02-14', null, ['2032-12-27']),
      pattern(3, { kind: 'nthWeekdayOfMonth', nth: 2, weekday: 4 }, '2030-01-01', '2031-12-31'),
    ],
    overrides: [
      override('2026-W53', { date: '2026-12-31', startTime: '15:00' }),
      override('2032-W53', null, 'Sjukdom'),
      override('2031-W20', { date: '2031-05-12', startTime: '13:00' }),
    ],
    holidays: swedishDaysOff(mondayOfWeek(weekKeyOf(TEN_YEARS.from)), dateInWeek(weekKeyOf(TEN_YEARS.to), 7)),
    held,
    sentMonths: ['2023-05', '2026-12', '2027-01', '2032-12'],
  };
}

// The old code is slow by design of this test (it is what was replaced): a generous bound.
describe('the plan answers as the plan code before issue 11 did', { timeout: 60_000 }, () => {
  it('over ten years of weeks of one unit, with week 53 in 2026 and 2032 and the Swedish holidays', () => {
    const input = tenYearsOfAUnit();
    const sessions = planSessions(input);
    expect(sessions.map((s) => s.week)).toContain('2026-W53');
    expect(sessions.map((s) => s.week)).toContain('2032-W53');
    expect(new Set(sessions.map((s) => s.status))).toEqual(new Set(['held', 'teamMeetingWeek', 'cancelled', 'moved', 'holiday', 'planned']));
    expect(sessions.some((s) => s.skippedTeamMeetings.length > 0 && s.locked)).toBe(true);
    expect(sessions).toEqual(oldPlanSessions(input));
  });

  it('for every window of 17 weeks in the ten years', () => {
    const input = tenYearsOfAUnit();
    for (let from = TEN_YEARS.from; from <= '2033-09-01'; from = addDaysIso(from, 7)) {
      const window = { ...input, from, to: addDaysIso(from, 17 * 7 - 1) };
      expect(planSessions(window)).toEqual(oldPlanSessions(window));
    }
  });

  it('for any rules, meetings, holidays and range', () => {
    const anyDate = fc.integer({ min: 0, max: 11 * 365 }).map((n) => addDaysIso('2023-01-01', n));
    const anyWeekday = fc.integer({ min: 1, max: 7 }).map((n) => n as Weekday);
    const anyRules = fc
      .array(fc.record({ weekday: anyWeekday, validFrom: anyDate }), { minLength: 0, maxLength: 5 })
      .map((specs) => specs.map((s, i) => rule(i + 1, s.weekday, '13:00', s.validFrom)));
    const anyPattern = fc
      .record({
        nth: fc.constantFrom<1 | 2 | 3 | 4 | -1>(1, 2, 3, 4, -1),
        weekday: anyWeekday,
        interval: fc.integer({ min: 1, max: 6 }),
        monthly: fc.boolean(),
        validFrom: anyDate,
        skipped: fc.array(anyDate, { maxLength: 4 }),
      })
      .map((p) =>
        pattern(
          0,
          p.monthly
            ? { kind: 'nthWeekdayOfMonth', nth: p.nth, weekday: p.weekday }
            : { kind: 'everyNWeeks', intervalWeeks: p.interval, weekday: p.weekday },
          p.validFrom,
          null,
          p.skipped,
        ),
      );
    const anyRange = fc.tuple(anyDate, fc.integer({ min: 0, max: 800 })).map(([from, days]) => ({ from, to: addDaysIso(from, days) }));
    // Every other day off is listed twice under two names, as two sources could: the first wins.
    const anyHolidays = fc
      .array(anyDate, { maxLength: 80 })
      .map((dates) => dates.flatMap((d, i) => (i % 2 === 0 ? [holiday(d, `Ledig ${i}`)] : [holiday(d, `Ledig ${i}`), holiday(d, `Röd ${i}`)])));
    fc.assert(
      fc.property(
        anyRules,
        fc.array(anyPattern, { maxLength: 3 }),
        fc.array(anyDate, { maxLength: 6 }),
        anyHolidays,
        anyRange,
        (rules, patterns, meetings, holidays, { from, to }) => {
          const input: PlanInput = {
            unitId: UNIT,
            from,
            to,
            rules,
            teamMeetingDates: meetings.map((date, i) => meetingOn(i + 1, date)),
            teamMeetingPatterns: patterns.map((p, i) => ({ ...p, id: i + 1 })),
            overrides: [],
            holidays,
            held: [],
            sentMonths: [],
          };
          expect(planSessions(input)).toEqual(oldPlanSessions(input));
          expect(teamMeetingOccurrences(input.teamMeetingDates, input.teamMeetingPatterns, from, to)).toEqual(
            oldTeamMeetingOccurrences(input.teamMeetingDates, input.teamMeetingPatterns, from, to),
          );
          const week = weekKeyOf(from);
          expect(ruleForWeek(rules, week)).toEqual(oldRuleForWeek(rules, week));
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('a session recorded held', () => {
  it('reads as the plan of its week would read with the held record in it', () => {
    const anyWeekStart = fc.integer({ min: 0, max: 4 * 52 }).map((n) => addDaysIso('2025-01-06', 7 * n));
    const anyHeld = fc.record({
      startTime: fc.constantFrom('08:00', '13:05', '16:30'),
      durationMinutes: fc.integer({ min: 15, max: 120 }),
      participantCount: fc.integer({ min: 1, max: 30 }),
    });
    const input = tenYearsOfAUnit();
    fc.assert(
      fc.property(anyWeekStart, anyHeld, (monday, held) => {
        const week = { ...input, from: monday, to: addDaysIso(monday, 6), held: [] };
        for (const session of planSessions(week)) {
          const recorded = planSessions({ ...week, held: [{ ...held, week: session.week, date: session.date }] })[0];
          expect(asHeld(session, held)).toEqual(recorded);
        }
      }),
      { numRuns: 200 },
    );
  });
});
