import { getISODay } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { toDate } from '../../shared/domain/calendar';
import { periodFor, periodOf, rangeOf, shiftPeriod, windowOf, windowOfRange } from '../../renderer/src/planning/planWindow';

const thirteenWeeks = { from: '2026-11-02', to: '2027-01-31' };

describe('the plan window', () => {
  it('counts the window in whole weeks and starts unshifted', () => {
    expect(periodOf(thirteenWeeks)).toEqual({ base: '2026-11-02', weeks: 13, months: 0 });
    expect(windowOf(periodOf(thirteenWeeks))).toEqual(thirteenWeeks);
  });

  it('a month ahead starts on the Monday of the week a month later, and keeps its number of weeks', () => {
    const next = windowOf(shiftPeriod(periodOf(thirteenWeeks), { months: 1 }));
    // 2026-12-02 is a Wednesday: the window starts on its Monday.
    expect(next).toEqual({ from: '2026-11-30', to: '2027-02-28' });
  });

  it('always runs Monday to Sunday', () => {
    for (let months = -14; months <= 14; months++) {
      const { from, to } = windowOf(shiftPeriod(periodOf(thirteenWeeks), { months }));
      expect(getISODay(toDate(from))).toBe(1);
      expect(getISODay(toDate(to))).toBe(7);
    }
  });

  it('does not drift: three steps of a month land where one step of three months does, and back returns home', () => {
    let period = periodOf(thirteenWeeks);
    for (let i = 0; i < 3; i++) period = shiftPeriod(period, { months: 1 });
    expect(windowOf(period)).toEqual(windowOf(shiftPeriod(periodOf(thirteenWeeks), { months: 3 })));
    for (let i = 0; i < 3; i++) period = shiftPeriod(period, { months: -1 });
    expect(windowOf(period)).toEqual(thirteenWeeks);
  });

  it('a year is twelve months', () => {
    const start = periodOf(thirteenWeeks);
    expect(windowOf(shiftPeriod(start, { years: -1 }))).toEqual(windowOf(shiftPeriod(start, { months: -12 })));
  });

  it('keeps its window through the address as first and last week', () => {
    expect(rangeOf(thirteenWeeks)).toEqual({ from: '2026-W45', to: '2027-W04' });
    expect(windowOfRange(rangeOf(thirteenWeeks))).toEqual(thirteenWeeks);
  });

  it('does not drift when every step goes through the address: the stepped period is kept while the address shows its window', () => {
    let period = periodOf(thirteenWeeks);
    for (let i = 0; i < 5; i++) {
      const next = shiftPeriod(period, { months: 1 });
      period = periodFor(windowOfRange(rangeOf(windowOf(next))), next);
    }
    expect(windowOf(period)).toEqual(windowOf(shiftPeriod(periodOf(thirteenWeeks), { months: 5 })));
  });

  it('starts a period of its own for a window from elsewhere (Back, Reload, a link)', () => {
    const stepped = shiftPeriod(periodOf(thirteenWeeks), { months: 2 });
    expect(periodFor(thirteenWeeks, stepped)).toEqual(periodOf(thirteenWeeks));
    expect(periodFor(thirteenWeeks, null)).toEqual(periodOf(thirteenWeeks));
  });
});
