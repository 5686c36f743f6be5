import { billingMonthState, monthOf, refuseIfLocked } from '../../../../shared/domain/billing';
import type { BillingMonthState, BillingVersionInfo, IsoDate, YearMonth } from '../../../../shared/domain/types';
import type { Store } from '../../store/store';

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
 * Refuses a change to a session or attendance dated in a month whose form has been sent
 * (CONFLICT error.billing.monthLocked). Called before any write.
 */
export function refuseIfMonthLocked(store: Store, unitId: number, date: IsoDate, field?: string): void {
  const month = monthOf(date);
  refuseIfLocked(monthRecord(store, unitId, month).state, month, field);
}
