import { datesOfMonth, monthOf } from '../../../shared/domain/billing';
import { dateInWeek, mondayOfWeek, weekKeyOf } from '../../../shared/domain/calendar';
import type { IsoWeekKey, YearMonth } from '../../../shared/domain/types';
import type { UnitMonthData } from '../store/everyUnit';
import type { Store } from '../store/store';

/**
 * The store as one month's reads of every unit see it, for work that repeats per unit (the
 * billing summary): the per-unit reads that month's forms make are answered from a few
 * statements run once for all units. Any other read goes to the store as usual. `months`
 * answers only the sent months the month's weeks reach (see store/everyUnit.ts).
 */
export function storeForEveryUnitMonth(store: Store, month: YearMonth): Store {
  const { from, to } = datesOfMonth(month);
  const [fromWeek, toWeek] = [weekKeyOf(from), weekKeyOf(to)];
  // The months the weeks' days fall in: the month before and after at most.
  const [firstMonth, lastMonth] = [monthOf(mondayOfWeek(fromWeek)), monthOf(dateInWeek(toWeek, 7))];
  const dataOf = store.everyUnit.month(month, fromWeek, toWeek, firstMonth, lastMonth);
  const loaded = new Map<number, UnitMonthData>();
  const data = (unitId: number): UnitMonthData => {
    const found = loaded.get(unitId) ?? dataOf(unitId);
    loaded.set(unitId, found);
    return found;
  };
  const theseWeeks = (a: IsoWeekKey, b: IsoWeekKey) => a === fromWeek && b === toWeek;
  const { slotRules, teamMeetings, sessionOverrides, heldSessions, billing } = store;
  return {
    ...store,
    slotRules: { ...slotRules, list: (unitId) => data(unitId).rules },
    teamMeetings: {
      ...teamMeetings,
      listDates: (unitId) => data(unitId).teamMeetingDates,
      listPatterns: (unitId) => data(unitId).teamMeetingPatterns,
    },
    sessionOverrides: {
      ...sessionOverrides,
      listBetween: (unitId, a, b) => (theseWeeks(a, b) ? data(unitId).overrides : sessionOverrides.listBetween(unitId, a, b)),
    },
    heldSessions: {
      ...heldSessions,
      summariesBetween: (unitId, a, b) => (theseWeeks(a, b) ? data(unitId).held : heldSessions.summariesBetween(unitId, a, b)),
      participantRolesBetween: (unitId, a, b) => (theseWeeks(a, b) ? data(unitId).roles : heldSessions.participantRolesBetween(unitId, a, b)),
    },
    billing: {
      ...billing,
      // Only the plan of this month's weeks asks, and only whether its own days are locked.
      months: (unitId) => data(unitId).months,
      monthsIn: (unitId, first, last) => data(unitId).months.filter(({ month: m }) => m >= first && m <= last),
      settings: (unitId) => data(unitId).settings,
      versions: (unitId, m) => (m === month ? data(unitId).versions : billing.versions(unitId, m)),
      versionJson: (unitId, m, version) => (m === month ? (data(unitId).versionJson.get(version) ?? null) : billing.versionJson(unitId, m, version)),
      lastReopening: (unitId, m) => (m === month ? data(unitId).lastReopening : billing.lastReopening(unitId, m)),
    },
  };
}
