import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDaysIso, dateInWeek, weekKeyOf, weekdayOf } from '../../shared/domain/calendar';
import { nearestWorkingDay } from '../../shared/domain/holidays';
import { moveSession, undoMoveSession } from '../../shared/domain/sessionChanges';
import { teamMeetingOccurrences } from '../../shared/domain/teamMeetings';
import type { SlotRule, Weekday } from '../../shared/domain/types';
import { holiday, meetingOn, pattern, plan, rule } from './fixtures';

// Dates from 2024 to 2029: three year boundaries with week 53 in 2026 (and none in 2025 or 2027).
const anyDate = fc.integer({ min: 0, max: 6 * 365 }).map((n) => addDaysIso('2024-01-01', n));
const anyWorkday = fc.integer({ min: 1, max: 5 }).map((n) => n as Weekday);
const anyWeekday = fc.integer({ min: 1, max: 7 }).map((n) => n as Weekday);
const rulesFrom = (validFrom: fc.Arbitrary<string>) =>
  fc
    .array(fc.record({ weekday: anyWorkday, validFrom, hour: fc.integer({ min: 7, max: 17 }) }), { minLength: 1, maxLength: 5 })
    .map((specs) => specs.map((s, i) => rule(i + 1, s.weekday, `${String(s.hour).padStart(2, '0')}:00`, s.validFrom)));
const anyRules = rulesFrom(anyDate);
// Rule changes crowded into a few weeks around week 53, so that several start in the same week.
const crowdedDate = fc.integer({ min: 0, max: 40 }).map((n) => addDaysIso('2026-12-01', n));
const anyRange = fc.tuple(anyDate, fc.integer({ min: 0, max: 400 })).map(([from, days]) => ({ from, to: addDaysIso(from, days) }));
const anyHolidays = fc.uniqueArray(anyDate, { maxLength: 60 }).map((dates) => dates.map((d) => holiday(d, 'Ledig')));

describe('properties of the plan', () => {
  it('never yields two sessions in one week, and every session lies in its week', () => {
    fc.assert(
      fc.property(anyRules, anyRange, anyHolidays, fc.array(anyDate, { maxLength: 10 }), (rules, { from, to }, holidays, meetings) => {
        const sessions = plan(from, to, {
          rules,
          holidays,
          teamMeetingDates: meetings.map((date, i) => meetingOn(i + 1, date)),
        });
        const weeks = sessions.map((s) => s.week);
        expect(new Set(weeks).size).toBe(weeks.length);
        expect([...weeks].sort()).toEqual(weeks);
        for (const s of sessions) {
          expect(weekKeyOf(s.date)).toBe(s.week);
          expect(weekKeyOf(s.ruleDate)).toBe(s.week);
          expect(s.ruleDate >= rules.find((r) => r.id === s.ruleId)!.validFrom).toBe(true);
          expect(dateInWeek(s.week, 7) >= from && dateInWeek(s.week, 1) <= to).toBe(true);
          expect(s.status === 'teamMeetingWeek').toBe(meetings.some((d) => weekKeyOf(d) === s.week));
        }
      }),
    );
  });

  it('a new rule never changes a session dated before the rule starts', () => {
    fc.assert(
      fc.property(rulesFrom(crowdedDate), anyWorkday, crowdedDate, (rules, weekday, validFrom) => {
        const [from, to] = ['2026-11-01', '2027-03-01'];
        const newRule: SlotRule = rule(rules.length + 1, weekday, '08:00', validFrom);
        const isPast = (s: { date: string }) => s.date < validFrom;
        const before = plan(from, to, { rules }).filter(isPast);
        const after = plan(from, to, { rules: [...rules, newRule] }).filter(isPast);
        expect(after).toEqual(before);
      }),
    );
  });

  it('a valid move lands on the chosen day in the plan, and undoing it restores the rule day', () => {
    fc.assert(
      fc.property(anyRules, anyDate, anyWorkday, anyHolidays, (rules, someDay, weekday, holidays) => {
        const week = weekKeyOf(someDay);
        const [session] = plan(dateInWeek(week, 1), dateInWeek(week, 7), { rules, holidays });
        const target = dateInWeek(week, weekday);
        fc.pre(session !== undefined && !holidays.some((h) => h.date === target));
        const moved = moveSession(session, null, target, '07:30', holidays);
        const [after] = plan(dateInWeek(week, 1), dateInWeek(week, 7), { rules, holidays, overrides: [moved!] });
        expect(after).toMatchObject({ date: target, startTime: '07:30', status: 'moved', ruleDate: session.ruleDate });
        expect(undoMoveSession(after!, moved)).toBeNull();
      }),
    );
  });
});

describe('properties of team meetings and holidays', () => {
  it('every N weeks means exactly 7·N days apart, over any new year and week 53', () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: 1, max: 8 }), anyWeekday, (validFrom, intervalWeeks, weekday) => {
        const p = pattern(1, { kind: 'everyNWeeks', intervalWeeks, weekday }, validFrom);
        const dates = teamMeetingOccurrences([], [p], validFrom, addDaysIso(validFrom, 500)).map((o) => o.date);
        expect(dates.length).toBeGreaterThan(0);
        expect(dates[0]! >= validFrom && dates[0]! < addDaysIso(validFrom, 7 * intervalWeeks)).toBe(true);
        dates.forEach((date, i) => {
          expect(weekdayOf(date)).toBe(weekday);
          if (i > 0) expect(date).toBe(addDaysIso(dates[i - 1]!, 7 * intervalWeeks));
        });
      }),
    );
  });

  it('the nearest working day is a free weekday of the same week and none is closer', () => {
    fc.assert(
      fc.property(anyDate, anyHolidays, (date, holidays) => {
        const off = new Set(holidays.map((h) => h.date));
        const week = weekKeyOf(date);
        const free = ([1, 2, 3, 4, 5] as const).map((d) => dateInWeek(week, d)).filter((d) => !off.has(d));
        const suggested = nearestWorkingDay(date, holidays);
        if (free.length === 0) return expect(suggested).toBeNull();
        expect(free).toContain(suggested);
        const distance = (d: string) => Math.abs(weekdayOf(d) - weekdayOf(date));
        expect(free.every((d) => distance(d) >= distance(suggested!))).toBe(true);
      }),
    );
  });
});
