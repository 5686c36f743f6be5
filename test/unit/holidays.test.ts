import { describe, expect, it } from 'vitest';
import { holidayOn, nearestWorkingDay } from '../../shared/domain/holidays';
import { holiday, kristiHimmelsfardsdag2026 } from './fixtures';

describe('nearest working day in the same week', () => {
  it('a Thursday on Kristi himmelsfärdsdag is offered the Wednesday before', () => {
    expect(nearestWorkingDay('2026-05-14', [kristiHimmelsfardsdag2026])).toBe('2026-05-13');
  });

  it('a holiday on Monday offers Tuesday', () => {
    expect(nearestWorkingDay('2026-04-06', [holiday('2026-04-06', 'Annandag påsk')])).toBe('2026-04-07');
  });

  it('a holiday on Friday offers Thursday', () => {
    expect(nearestWorkingDay('2026-04-03', [holiday('2026-04-03', 'Långfredagen')])).toBe('2026-04-02');
  });

  it('skips the neighbouring days that are also off', () => {
    const holidays = [holiday('2026-12-24', 'Julafton'), holiday('2026-12-25', 'Juldagen')];
    expect(nearestWorkingDay('2026-12-24', holidays)).toBe('2026-12-23');
    const wednesdayAndThursdayOff = [holiday('2026-05-13', 'Påhittad'), kristiHimmelsfardsdag2026];
    expect(nearestWorkingDay('2026-05-14', wednesdayAndThursdayOff)).toBe('2026-05-15');
  });

  it('never leaves the week, even when the next week has a free day closer by', () => {
    // Tue–Fri of 2026-W53 off: only Monday 2026-12-28 is left, not Monday 2027-01-04.
    const holidays = ['2026-12-29', '2026-12-30', '2026-12-31', '2027-01-01'].map((d) => holiday(d, 'Ledig'));
    expect(nearestWorkingDay('2027-01-01', holidays)).toBe('2026-12-28');
  });

  it('gives null when every weekday of the week is off', () => {
    const holidays = ['2026-12-21', '2026-12-22', '2026-12-23', '2026-12-24', '2026-12-25'].map((d) => holiday(d, 'Ledig'));
    expect(nearestWorkingDay('2026-12-24', holidays)).toBeNull();
  });

  it('finds the holiday on a date by name', () => {
    expect(holidayOn('2026-05-14', [kristiHimmelsfardsdag2026])).toEqual(kristiHimmelsfardsdag2026);
    expect(holidayOn('2026-05-13', [kristiHimmelsfardsdag2026])).toBeNull();
  });
});
