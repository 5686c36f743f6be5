import { describe, expect, it } from 'vitest';
import {
  addDaysIso,
  dateInWeek,
  isIsoDate,
  isWeekKey,
  mondayOfWeek,
  parseWeekKey,
  weekKeyOf,
  weekdayOf,
  weeksBetween,
} from '../../shared/domain/calendar';

describe('ISO weeks across year boundaries', () => {
  it.each([
    ['2025-12-28', '2025-W52'],
    ['2025-12-29', '2026-W01'],
    ['2026-01-01', '2026-W01'],
    ['2026-01-04', '2026-W01'],
    ['2026-12-27', '2026-W52'],
    ['2026-12-28', '2026-W53'],
    ['2026-12-31', '2026-W53'],
    ['2027-01-03', '2026-W53'],
    ['2027-01-04', '2027-W01'],
    ['2027-12-31', '2027-W52'],
    ['2028-01-02', '2027-W52'],
  ])('%s lies in %s', (date, week) => {
    expect(weekKeyOf(date)).toBe(week);
  });

  it('2026 has a week 53, from Monday 2026-12-28 to Sunday 2027-01-03', () => {
    expect(mondayOfWeek('2026-W53')).toBe('2026-12-28');
    expect(dateInWeek('2026-W53', 7)).toBe('2027-01-03');
  });

  it('2027-W01 starts on Monday 2027-01-04 and 2026-W01 on Monday 2025-12-29', () => {
    expect(mondayOfWeek('2027-W01')).toBe('2027-01-04');
    expect(mondayOfWeek('2026-W01')).toBe('2025-12-29');
  });

  it('a week key is valid only for weeks the year has', () => {
    expect(isWeekKey('2026-W53')).toBe(true);
    expect(isWeekKey('2025-W53')).toBe(false);
    expect(isWeekKey('2027-W53')).toBe(false);
    expect(isWeekKey('2026-W00')).toBe(false);
    expect(isWeekKey('2026-W1')).toBe(false);
  });

  it('weeksBetween runs through week 53 into the new year', () => {
    expect(weeksBetween('2026-12-20', '2027-01-12')).toEqual(['2026-W51', '2026-W52', '2026-W53', '2027-W01', '2027-W02']);
    expect(weeksBetween('2025-12-24', '2026-01-05')).toEqual(['2025-W52', '2026-W01', '2026-W02']);
  });

  it('weeksBetween counts a week that only partly lies in the range', () => {
    expect(weeksBetween('2027-01-03', '2027-01-04')).toEqual(['2026-W53', '2027-W01']);
    expect(weeksBetween('2026-11-26', '2026-11-26')).toEqual(['2026-W48']);
  });

  it('parses week keys and round-trips through dates', () => {
    expect(parseWeekKey('2026-W53')).toEqual({ isoYear: 2026, isoWeek: 53 });
    expect(weekKeyOf(dateInWeek('2027-W01', 4))).toBe('2027-W01');
  });

  it('weekdays run Monday = 1 to Sunday = 7', () => {
    expect(weekdayOf('2026-11-23')).toBe(1);
    expect(weekdayOf('2026-05-14')).toBe(4);
    expect(weekdayOf('2027-01-03')).toBe(7);
  });

  it('date arithmetic crosses month, year and leap day', () => {
    expect(addDaysIso('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDaysIso('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDaysIso('2026-03-28', 2)).toBe('2026-03-30');
  });

  it('only real calendar dates are dates', () => {
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2026-5-14')).toBe(false);
  });
});
