import { monthName } from '../format/dates';
import { datesOfMonth } from './billing';
import { DomainError } from './errors';
import type { IsoDate, YearMonth } from './types';

/**
 * A slot rule may not start before the unit's routine: a rule reaching back past the start
 * would plan weeks in months that have "nothing to bill", the mismatch that let such a month
 * get sessions. The manager moves the start first (Inställningar), so the start stays the one
 * place that says when the routine began.
 */
export function checkRuleFromRoutineStart(validFrom: IsoDate, routineStart: IsoDate | null): void {
  if (routineStart !== null && validFrom < routineStart) {
    throw new DomainError('CONFLICT', 'error.ruleBeforeRoutineStart', { date: routineStart }, 'validFrom');
  }
}

/** What the unit has already recorded: a routine start must not come after any of it. */
export interface RecordedHistory {
  /** The start as stored: keeping it or moving it earlier is always allowed. */
  routineStart: IsoDate | null;
  firstHeld: IsoDate | null;
  /** The earliest month with a form ever sent (reopened or not). */
  firstSentMonth: YearMonth | null;
}

/**
 * The routine start may move to any day on or before what is recorded: the first session
 * held, the last day of the first month with a form sent (the start may lie in that month).
 * A later start would declare a month with a held session or a sent form as one before the
 * routine started: history would read false. Planned weeks are no such record: the slot
 * rules move along with the start (see moveRulesToRoutineStart), so a start mistyped in the
 * guide can be corrected. Keeping the stored start or moving it earlier is always allowed.
 * Of several limits passed, the earliest is named, so moving the start to it is enough.
 */
export function routineStartRefusal(
  routineStart: IsoDate,
  { routineStart: stored, firstHeld, firstSentMonth }: RecordedHistory,
  field = 'routineStart',
): DomainError | null {
  // An earlier start only adds months the routine ran in; and a session moved within its
  // week may lie a day or two before the stored start, which must not block saving it again.
  if (stored !== null && routineStart <= stored) return null;
  const limits: { latest: IsoDate; refusal: DomainError }[] = [];
  if (firstHeld !== null)
    limits.push({ latest: firstHeld, refusal: new DomainError('CONFLICT', 'error.routineStartAfterHeld', { date: firstHeld }, field) });
  if (firstSentMonth !== null) {
    const refusal = new DomainError('CONFLICT', 'error.routineStartAfterSent', { month: monthName(firstSentMonth) }, field);
    limits.push({ latest: datesOfMonth(firstSentMonth).to, refusal });
  }
  const earliestPassed = limits.filter(({ latest }) => routineStart > latest).sort((a, b) => (a.latest < b.latest ? -1 : 1))[0];
  return earliestPassed?.refusal ?? null;
}

/** Refuses (CONFLICT, next to `routineStart`) a start after what is recorded: see routineStartRefusal. */
export function checkRoutineStart(routineStart: IsoDate, history: RecordedHistory): void {
  const refusal = routineStartRefusal(routineStart, history);
  if (refusal) throw refusal;
}

/**
 * The slot rules as they read once the routine starts later: the rule in force on the new
 * start begins on it and the rules before it go, so the plan from the start on is unchanged
 * and nothing is planned before it. Only called once the new start is known to pass nothing
 * held or sent (checkRoutineStart), so no recorded week changes.
 */
export function rulesFromRoutineStart<R extends { validFrom: IsoDate }>(rules: R[], routineStart: IsoDate): { moved: R | null; removed: R[] } {
  const before = rules.filter(({ validFrom }) => validFrom < routineStart);
  const startsOnIt = rules.some(({ validFrom }) => validFrom === routineStart);
  const inForce = startsOnIt ? null : (before.at(-1) ?? null);
  return { moved: inForce, removed: before.filter((rule) => rule !== inForce) };
}
