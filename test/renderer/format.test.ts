import { describe, expect, it } from 'vitest';
import { describePattern, ordinal, timeRange } from '../../renderer/src/format';
import { swedishT } from './translation';

const t = swedishT();

describe('text built from the catalog', () => {
  it('gives the end time of a session from its start and length, also past midnight', () => {
    expect(timeRange(t, '14:00', 30)).toBe('14:00–14:30');
    expect(timeRange(t, '09:45', 90)).toBe('09:45–11:15');
    expect(timeRange(t, '23:30', 45)).toBe('23:30–00:15');
  });

  it('writes Swedish numeral ordinals: 1:a, 2:a, 3:e, 11:e, 12:e, 21:a, 22:a', () => {
    expect([1, 2, 3, 4, 11, 12, 21, 22, 101, 111].map((n) => ordinal(t, n))).toEqual([
      '1:a',
      '2:a',
      '3:e',
      '4:e',
      '11:e',
      '12:e',
      '21:a',
      '22:a',
      '101:a',
      '111:e',
    ]);
  });

  it('describes a team meeting pattern as a sentence with a capital letter', () => {
    expect(
      describePattern(t, {
        id: 1,
        unitId: 1,
        recurrence: { kind: 'nthWeekdayOfMonth', nth: 1, weekday: 2 },
        validFrom: '2026-11-23',
        validTo: null,
        skippedDates: [],
      }),
    ).toBe('Första tisdagen varje månad från 2026-11-23');
    expect(
      describePattern(t, {
        id: 2,
        unitId: 1,
        recurrence: { kind: 'everyNWeeks', intervalWeeks: 3, weekday: 4 },
        validFrom: '2026-11-26',
        validTo: '2027-06-30',
        skippedDates: [],
      }),
    ).toBe('Torsdag var 3:e vecka från 2026-11-26, till och med 2027-06-30');
  });
});
