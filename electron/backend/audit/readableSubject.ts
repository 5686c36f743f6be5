import { isWeekKey, parseWeekKey } from '../../../shared/domain/calendar';
import type { IsoDate, IsoWeekKey } from '../../../shared/domain/types';
import { monthName } from '../../../shared/format/dates';
import { sv } from '../../../shared/i18n/sv';
import { translate } from '../../../shared/i18n/translate';

// A stored subject holds only ids ("enhet 3, vecka 2026-W16"): the log stays free of names, and
// a renamed unit does not leave old lines wrong. For the log view the ids are put in words from
// what the records say now ("Hemtjänst Norr, vecka 16 (2026-04-16)"); an id that no longer
// resolves keeps its stored words.

/** What the records say now about the ids a subject may hold. */
export interface SubjectLookup {
  unitName(id: number): string | undefined;
  /** The day the unit's session in that week takes place, if the plan has one. */
  sessionDate(unitId: number, week: IsoWeekKey): IsoDate | undefined;
}

/** A subject part's catalog template as a pattern: "enhet {{id}}" matches "enhet 3" and captures "3". */
const partPattern = (key: keyof typeof sv) => new RegExp(`^${sv[key].replace(/\{\{\s*\w+\s*\}\}/, '(.+)')}$`);

const UNIT = partPattern('audit.subject.unit');
const WEEK = partPattern('audit.subject.week');
const MONTH = partPattern('audit.subject.month');

/** "vecka 16 (2026-04-16)", or "vecka 16 2026" for a week whose session day is not known. */
function readableWeek(week: IsoWeekKey, date: IsoDate | undefined): string {
  const { isoYear, isoWeek } = parseWeekKey(week);
  return date ? translate('audit.readable.weekOn', { week: isoWeek, date }) : translate('audit.readable.weekOf', { week: isoWeek, year: isoYear });
}

/** The stored subject with its unit, week and month put in words; every other part as stored. */
export function readableSubject(stored: string, lookup: SubjectLookup): string {
  // The week a line names is a week of the unit named before it.
  let unitId: number | undefined;
  return stored
    .split(', ')
    .map((part) => {
      const unit = UNIT.exec(part);
      if (unit && /^\d+$/.test(unit[1]!)) {
        unitId = Number(unit[1]);
        return lookup.unitName(unitId) ?? part;
      }
      const week = WEEK.exec(part)?.[1];
      if (week && isWeekKey(week)) return readableWeek(week, unitId === undefined ? undefined : lookup.sessionDate(unitId, week));
      const month = MONTH.exec(part)?.[1];
      if (month && /^\d{4}-(0[1-9]|1[0-2])$/.test(month)) return monthName(month);
      return part;
    })
    .join(', ');
}
