// `npm run holidays:table`: writes electron/backend/holidaysTable.ts, the Swedish days off of
// FIRST_YEAR to LAST_YEAR as date-holidays computes them, so that plans in those years need
// not load the library (100-170 ms). Run it after updating date-holidays:
// test/unit/holidaysTable.test.ts fails while the table and the library disagree.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { format, resolveConfig } from 'prettier';
import { libraryDaysOffIn } from '../electron/backend/holidays';

/** From well before any stored history to well past any plan made today. */
const FIRST_YEAR = 2000;
const LAST_YEAR = 2075;

const names: string[] = [];
const years: string[] = [];
for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
  const days = libraryDaysOffIn(year).map(({ date, name }) => {
    if (!names.includes(name)) names.push(name);
    return `${date.slice(5, 7)}${date.slice(8, 10)}:${names.indexOf(name)}`;
  });
  years.push(days.join(' '));
}

// eslint-disable-next-line @typescript-eslint/no-require-imports -- the version the table was written from
const version = (require('date-holidays/package.json') as { version: string }).version;
const source = `// Written by \`npm run holidays:table\` (scripts/holidaysTable.ts) from date-holidays ${version}: do not edit.
// Sweden's days off (public and bank days, Swedish names) of each year from FIRST_YEAR to
// LAST_YEAR, so that plans in those years need not load the library (see holidays.ts).

export const FIRST_YEAR = ${FIRST_YEAR};
export const LAST_YEAR = ${LAST_YEAR};

export const HOLIDAY_NAMES: readonly string[] = ${JSON.stringify(names)};

/** Per year from FIRST_YEAR: its days in the library's order, each MMDD:index into HOLIDAY_NAMES. */
export const DAYS_OFF_BY_YEAR: readonly string[] = ${JSON.stringify(years)};
`;
const out = path.join(process.cwd(), 'electron/backend/holidaysTable.ts');
void (async () => {
  writeFileSync(out, await format(source, { ...(await resolveConfig(out)), filepath: out }));
  console.log(`Wrote ${out}: ${FIRST_YEAR}-${LAST_YEAR}, ${names.length} names.`);
})();
