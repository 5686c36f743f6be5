import { describe, expect, it } from 'vitest';
import { heldShare, lastSixMonths, noneHeldInLast, oneDecimal, percentOf, routinePeriod } from '../../renderer/src/statistics/figures';

describe('the statistics period by default', () => {
  it('runs from the routine start to the day before six months later', () => {
    expect(routinePeriod('2027-01-01')).toEqual({ from: '2027-01-01', to: '2027-06-30' });
    expect(routinePeriod('2026-11-16')).toEqual({ from: '2026-11-16', to: '2027-05-15' });
  });

  it('clamps a start at the end of a month to the shorter month six months on', () => {
    expect(routinePeriod('2026-08-31')).toEqual({ from: '2026-08-31', to: '2027-02-27' });
  });

  it('for every unit is the last six months up to today', () => {
    expect(lastSixMonths('2027-06-30')).toEqual({ from: '2026-12-31', to: '2027-06-30' });
  });
});

describe('the figures as Swedish text', () => {
  it('writes a share as a whole percent with a space that never breaks', () => {
    expect(percentOf(3, 4)).toBe('75\u00a0%');
    expect(percentOf(2, 3)).toBe('67\u00a0%');
    expect(percentOf(0, 5)).toBe('0\u00a0%');
    expect(percentOf(5, 5)).toBe('100\u00a0%');
  });

  it('has no share of nothing', () => {
    expect(percentOf(0, 0)).toBeNull();
  });

  it('writes an average with one decimal and a decimal comma', () => {
    expect(oneDecimal(3.456)).toBe('3,5');
    expect(oneDecimal(4)).toBe('4,0');
  });

  it('charts a month without due sessions as 0 percent held', () => {
    expect(heldShare({ due: 4, held: 3 })).toBe(75);
    expect(heldShare({ due: 0, held: 0 })).toBe(0);
  });
});

describe('"no session was held in those weeks", beside who has not come', () => {
  const weeks = (...held: number[]) => held.map((count) => ({ held: count }));

  it('is said when none of the last N weeks had a session held', () => {
    expect(noneHeldInLast(weeks(1, 1, 0, 0, 0, 0), 4)).toBe(true);
  });

  it('is not said when one of them had one, however early in the window', () => {
    expect(noneHeldInLast(weeks(1, 1, 1, 0, 0, 0), 4)).toBe(false);
    expect(noneHeldInLast(weeks(0, 0, 0, 0, 0, 1), 4)).toBe(false);
  });

  it("is not said when the window reaches the period's first week or before it (the series does not cover it all)", () => {
    expect(noneHeldInLast(weeks(0, 0, 0, 0), 4)).toBe(false);
    expect(noneHeldInLast(weeks(0, 0), 4)).toBe(false);
  });
});
