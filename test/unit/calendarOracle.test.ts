import { differenceInCalendarDays, lastDayOfMonth } from 'date-fns';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import * as calendar from '../../shared/domain/calendar';
import type { Weekday } from '../../shared/domain/types';
import * as old from './oracle/calendar';

// The integer-arithmetic calendar must answer exactly as the date-fns one it replaced, in
// the time zones where local Dates could go wrong: Stockholm's DST days (the last Sunday
// of March and of October) and São Paulo's midnight DST start until 2019, when local
// midnight did not exist. The old code ran on local Dates, so each zone is checked.
const ZONES = ['Europe/Stockholm', 'America/Sao_Paulo', 'UTC', 'Pacific/Kiritimati'];
const originalZone = process.env.TZ;
afterAll(() => {
  if (originalZone === undefined) delete process.env.TZ;
  else process.env.TZ = originalZone;
});

const WEEKDAYS: Weekday[] = [1, 2, 3, 4, 5, 6, 7];

/** Every day from 2015-12-01 to 2038-01-31: twenty-two years, week 53 in 2015, 2020, 2026, 2032 and 2037. */
function everyDay(): string[] {
  const days: string[] = [];
  for (let day = '2015-12-01'; day <= '2038-01-31'; day = old.addDaysIso(day, 1)) days.push(day);
  return days;
}

describe.each(ZONES)('the calendar answers as the date-fns calendar did, in %s', { timeout: 60_000 }, (zone) => {
  process.env.TZ = zone;
  const days = everyDay();
  process.env.TZ = originalZone;

  it('for every day: its week, weekday, next and previous day, and a Date round trip', () => {
    process.env.TZ = zone;
    for (const day of days) {
      expect(calendar.weekKeyOf(day)).toBe(old.weekKeyOf(day));
      expect(calendar.weekdayOf(day)).toBe(old.weekdayOf(day));
      expect(calendar.addDaysIso(day, 1)).toBe(old.addDaysIso(day, 1));
      expect(calendar.addDaysIso(day, -1)).toBe(old.addDaysIso(day, -1));
      expect(calendar.toDate(day).getTime()).toBe(old.toDate(day).getTime());
      expect(calendar.toIsoDate(old.toDate(day))).toBe(old.toIsoDate(old.toDate(day)));
    }
  });

  it('for every week: its Monday, each of its seven days, and whether the key is valid', () => {
    process.env.TZ = zone;
    const weeks = old.weeksBetween(days[0]!, days.at(-1)!);
    expect(calendar.weeksBetween(days[0]!, days.at(-1)!)).toEqual(weeks);
    expect(weeks).toContain('2026-W53');
    expect(weeks).toContain('2032-W53');
    expect(weeks).toContain('2037-W53');
    for (const week of weeks) {
      expect(calendar.mondayOfWeek(week)).toBe(old.mondayOfWeek(week));
      for (const weekday of WEEKDAYS) expect(calendar.dateInWeek(week, weekday)).toBe(old.dateInWeek(week, weekday));
    }
    for (let year = 1900; year <= 2200; year++) {
      for (const week of ['W01', 'W52', 'W53']) expect(calendar.isWeekKey(`${year}-${week}`)).toBe(old.isWeekKey(`${year}-${week}`));
    }
  });
});

describe('properties of the integer calendar, against the date-fns calendar', { timeout: 60_000 }, () => {
  // Up to 2195, so that a range of 400 days stays within the years a date may have.
  const anyDay = fc.integer({ min: 0, max: 108_000 }).map((n) => old.addDaysIso('1900-01-01', n));
  const anyText = fc.oneof(
    fc.string(),
    fc
      .tuple(fc.integer({ min: 1800, max: 2300 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
      .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
  );

  it('any day of 1900–2195 has the same week, weekday and neighbours', () => {
    process.env.TZ = 'Europe/Stockholm';
    fc.assert(
      fc.property(anyDay, fc.integer({ min: -800, max: 800 }), (day, n) => {
        expect(calendar.weekKeyOf(day)).toBe(old.weekKeyOf(day));
        expect(calendar.weekdayOf(day)).toBe(old.weekdayOf(day));
        expect(calendar.addDaysIso(day, n)).toBe(old.addDaysIso(day, n));
      }),
      { numRuns: 2000 },
    );
  });

  it('days between two days, and the last day of a month, are what date-fns counts on local Dates', () => {
    process.env.TZ = 'Europe/Stockholm';
    fc.assert(
      fc.property(anyDay, anyDay, (from, to) => {
        expect(calendar.daysBetween(from, to)).toBe(differenceInCalendarDays(old.toDate(to), old.toDate(from)));
        expect(calendar.lastDayOfMonthOf(from)).toBe(old.toIsoDate(lastDayOfMonth(old.toDate(from))));
      }),
      { numRuns: 2000 },
    );
  });

  it('any text is a date, and a week key, exactly when it was before', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(calendar.isIsoDate(text)).toBe(old.isIsoDate(text));
        const weekText = text.replace(/-(\d\d)-\d\d$/, '-W$1');
        expect(calendar.isWeekKey(weekText)).toBe(old.isWeekKey(weekText));
      }),
      { numRuns: 2000 },
    );
  });

  it('a day lies in its own week, on its own weekday, and weeks between two days have no gaps', () => {
    fc.assert(
      fc.property(anyDay, fc.integer({ min: 0, max: 400 }), (from, length) => {
        const to = calendar.addDaysIso(from, length);
        expect(calendar.dateInWeek(calendar.weekKeyOf(from), calendar.weekdayOf(from))).toBe(from);
        const weeks = calendar.weeksBetween(from, to);
        expect(weeks).toEqual(old.weeksBetween(from, to));
        weeks.slice(1).forEach((week, i) => expect(calendar.addDaysIso(calendar.mondayOfWeek(weeks[i]!), 7)).toBe(calendar.mondayOfWeek(week)));
      }),
      { numRuns: 500 },
    );
  });

  it('a date that is not one is refused, as before', () => {
    for (const text of ['2026-02-29', '2026-13-01', '1899-12-31', '2201-01-01', '2026-5-14', 'today']) {
      expect(() => calendar.weekKeyOf(text)).toThrow(RangeError);
      expect(() => old.weekKeyOf(text)).toThrow(RangeError);
    }
  });
});
