import { billingMonthState, datesOfMonth, planChangesMonth, refuseIfLocked } from '../../../../shared/domain/billing';
import type { PlanInput } from '../../../../shared/domain/plan';
import type { Store } from '../../store/store';
import { planInput } from './planning';

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
