import { billingMonthState, monthOf } from '../../../shared/domain/billing';
import { dateInWeek, mondayOfWeek, parseWeekKey, weekKeyOf } from '../../../shared/domain/calendar';
import { DomainError } from '../../../shared/domain/errors';
import { planSessions, type PlanInput } from '../../../shared/domain/plan';
import type { IsoDate, IsoWeekKey, PlannedSession, SessionOverride } from '../../../shared/domain/types';
import { swedishDaysOff } from '../holidays';
import type { Store } from '../store/store';

/** What the plan for [from, to] is made of, as stored; holidays cover the whole weeks the range touches. */
export function planInput(store: Store, unitId: number, from: IsoDate, to: IsoDate, overrides?: SessionOverride[]): PlanInput {
  const firstWeek = weekKeyOf(from);
  const lastWeek = weekKeyOf(to);
  const monday = mondayOfWeek(firstWeek);
  const sunday = dateInWeek(lastWeek, 7);
  return {
    unitId,
    from,
    to,
    rules: store.slotRules.list(unitId),
    teamMeetingDates: store.teamMeetings.listDates(unitId),
    teamMeetingPatterns: store.teamMeetings.listPatterns(unitId),
    overrides: overrides ?? store.sessionOverrides.listBetween(unitId, firstWeek, lastWeek),
    holidays: swedishDaysOff(monday, sunday),
    held: store.heldSessions.summariesBetween(unitId, firstWeek, lastWeek),
    // A session is dated within its week, so only the months the whole weeks touch can lock one.
    sentMonths: store.billing
      .monthsIn(unitId, monthOf(monday), monthOf(sunday))
      .filter(({ lastVersion, lastReopenedAfter }) => billingMonthState(lastVersion, lastReopenedAfter) === 'sent')
      .map(({ month }) => month),
  };
}

/** The plan for [from, to]. */
export function plan(store: Store, unitId: number, from: IsoDate, to: IsoDate, overrides?: SessionOverride[]): PlannedSession[] {
  return planSessions(planInput(store, unitId, from, to, overrides));
}

/** The week's session as the plan shows it, or NOT_FOUND for a week without one. */
export function sessionOfWeek(store: Store, unitId: number, week: IsoWeekKey, overrides?: SessionOverride[]): PlannedSession {
  const [session] = plan(store, unitId, mondayOfWeek(week), dateInWeek(week, 7), overrides);
  if (!session) {
    throw new DomainError('NOT_FOUND', 'error.weekHasNoSession', { week: parseWeekKey(week).isoWeek }, 'week');
  }
  return session;
}
