import { billingMonthState, datesOfMonth, monthOf } from '../../../shared/domain/billing';
import { addDaysIso } from '../../../shared/domain/calendar';
import { DomainError } from '../../../shared/domain/errors';
import type { RecordedHistory } from '../../../shared/domain/routineStart';
import type { IsoDate, Unit, YearMonth } from '../../../shared/domain/types';
import type { Store } from '../store/store';

/** The unit, or NOT_FOUND with the message next to `field`. */
export function requireUnit(store: Store, id: number, field = 'unitId'): Unit {
  const unit = store.units.get(id);
  if (!unit) throw new DomainError('NOT_FOUND', 'error.unitNotFound', {}, field);
  return unit;
}

/** Until the guide has asked, a unit's routine is taken to start on the first of the current month. */
export function firstOfMonth(today: IsoDate): IsoDate {
  return datesOfMonth(monthOf(today)).from;
}

/** The day the unit's routine started: the default start of everyone added to its roster. */
export function routineStartOf(store: Store, unitId: number, today: IsoDate): IsoDate {
  return store.units.routineStart(unitId) ?? firstOfMonth(today);
}

/** The unit's months whose form is sent and not reopened: their days are read-only. */
export function sentMonths(store: Store, unitId: number): YearMonth[] {
  return store.billing
    .months(unitId)
    .filter(({ lastVersion, lastReopenedAfter }) => billingMonthState(lastVersion, lastReopenedAfter) === 'sent')
    .map(({ month }) => month);
}

/**
 * The "Aktiv från" offered for someone new: the routine's start, or the first day after the
 * last sent month when that is later (a new membership may not start in a sent month, see
 * checkNewActivePeriod), so the form's default is never refused.
 */
export function newMemberStart(store: Store, unitId: number, today: IsoDate): IsoDate {
  const routineStart = routineStartOf(store, unitId, today);
  const lastSent = sentMonths(store, unitId).sort().at(-1);
  const afterLastSent = lastSent && addDaysIso(datesOfMonth(lastSent).to, 1);
  return afterLastSent && afterLastSent > routineStart ? afterLastSent : routineStart;
}

/**
 * The first day a change to the plan may start: after the last held session and after the
 * last sent month, so no held or sent week is re-planned. Null: nothing of the unit is fixed.
 */
export function earliestPlanChange(store: Store, unitId: number): IsoDate | null {
  const lastHeld = store.heldSessions.lastDate(unitId);
  const lastSent = sentMonths(store, unitId).at(-1);
  const fixedUntil = [lastHeld, lastSent && datesOfMonth(lastSent).to]
    .filter((date): date is IsoDate => Boolean(date))
    .sort()
    .at(-1);
  return fixedUntil === undefined ? null : addDaysIso(fixedUntil, 1);
}

/** What the unit has recorded that a routine start must not come after (checkRoutineStart). */
export function recordedHistory(store: Store, unitId: number): RecordedHistory {
  return {
    routineStart: store.units.routineStart(unitId),
    firstHeld: store.heldSessions.firstDate(unitId),
    firstSentMonth: store.billing.months(unitId)[0]?.month ?? null,
  };
}
