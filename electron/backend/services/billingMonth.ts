import { billingMonthState, datesOfMonth, monthOf, planChangesMonth, refuseIfLocked, routineStartsAfter } from '../../../shared/domain/billing';
import { weekKeyOf } from '../../../shared/domain/calendar';
import type { PlanInput } from '../../../shared/domain/plan';
import type { BillingMonthState, BillingVersionInfo, IsoDate, YearMonth } from '../../../shared/domain/types';
import type { Store } from '../store/store';
import { planInput } from './plan';

export interface MonthRecord {
  state: BillingMonthState;
  /** Oldest first. */
  versions: BillingVersionInfo[];
  /** Why the month was last reopened, if it has been. */
  reopening: { afterVersion: number; reason: string } | null;
}

/** Where one unit's month stands, from its sent versions and reopenings. */
export function monthRecord(store: Store, unitId: number, month: YearMonth): MonthRecord {
  const versions = store.billing.versions(unitId, month);
  const reopening = store.billing.lastReopening(unitId, month);
  const state = billingMonthState(versions.at(-1)?.version ?? null, reopening?.afterVersion ?? null);
  return { state, versions, reopening };
}

/**
 * The unit's routine start when it came after the month and the month holds nothing held or
 * sent (see routineStartsAfter). Only a month before the start's month reads its sessions.
 */
export function routineStartsAfterMonth(store: Store, unitId: number, month: YearMonth, state: BillingMonthState): IsoDate | null {
  const start = store.units.routineStart(unitId);
  if (start === null || monthOf(start) <= month) return null;
  const { from, to } = datesOfMonth(month);
  const held = store.heldSessions.summariesBetween(unitId, weekKeyOf(from), weekKeyOf(to)).filter((s) => monthOf(s.date) === month);
  return routineStartsAfter(month, start, held.length, state);
}

/**
 * Refuses a change to a session or attendance dated in a month whose form has been sent
 * (CONFLICT error.billing.monthLocked). Called before any write.
 */
export function refuseIfMonthLocked(store: Store, unitId: number, date: IsoDate, field?: string): void {
  const month = monthOf(date);
  refuseIfLocked(monthRecord(store, unitId, month).state, month, field);
}

/** The parts of a unit's plan that a team-meeting or slot-rule change replaces. */
export type PlanChange = Partial<Pick<PlanInput, 'rules' | 'teamMeetingDates' | 'teamMeetingPatterns'>>;

/**
 * Refuses (CONFLICT error.billing.monthLocked) a change to team meetings or slot rules that
 * would change any sent month: the plan of each sent month is made before and after the
 * change, and any difference in its team-meeting days or in a week dated in it refuses it.
 * A pattern or rule reaches over many months, so a check of its start date alone is not
 * enough. Called before any write.
 */
export function refuseIfPlanChangeReachesSentMonth(store: Store, unitId: number, change: PlanChange, field?: string): void {
  for (const { month, lastVersion, lastReopenedAfter } of store.billing.months(unitId)) {
    if (billingMonthState(lastVersion, lastReopenedAfter) !== 'sent') continue;
    const { from, to } = datesOfMonth(month);
    const before = planInput(store, unitId, from, to);
    if (planChangesMonth(before, { ...before, ...change }, month)) refuseIfLocked('sent', month, field);
  }
}
