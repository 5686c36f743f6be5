import { describe, expect, it } from 'vitest';
import { libraryDaysOffIn, swedishDaysOff, tableDaysOffIn } from '../../electron/backend/holidays';
import { FIRST_YEAR, LAST_YEAR } from '../../electron/backend/holidaysTable';

// The table of days off (electron/backend/holidaysTable.ts) spares plans the loading of
// date-holidays; the library stays the source. When an update of it changes any covered
// year, this fails until `npm run holidays:table` writes the table again.

describe('the table of Swedish days off', () => {
  it(`answers every year from ${FIRST_YEAR} to ${LAST_YEAR} exactly as date-holidays does`, () => {
    for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) expect(tableDaysOffIn(year), String(year)).toEqual(libraryDaysOffIn(year));
  });

  it('covers from before any stored history to decades ahead', () => {
    expect(FIRST_YEAR).toBeLessThanOrEqual(2000);
    expect(LAST_YEAR).toBeGreaterThanOrEqual(2070);
  });

  it('leaves the years outside it to date-holidays', () => {
    expect(tableDaysOffIn(FIRST_YEAR - 1)).toBeNull();
    expect(tableDaysOffIn(LAST_YEAR + 1)).toBeNull();
    const outside = LAST_YEAR + 1;
    expect(swedishDaysOff(`${outside}-01-01`, `${outside}-12-31`)).toEqual(libraryDaysOffIn(outside));
    expect(swedishDaysOff(`${outside}-12-24`, `${outside}-12-26`).map(({ name }) => name)).toEqual(['julafton', 'juldagen', 'annandag jul']);
  });
});
