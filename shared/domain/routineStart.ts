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
  firstRuleFrom: IsoDate | null;
}

/**
 * The routine start may move to any day on or before what is recorded: the first session
 * held, the last day of the first month with a form sent (the start may lie in that month),
 * the first slot rule's start. A later start would declare a month with a held session, a
 * sent form or planned weeks as one before the routine started: history would read false.
 * Keeping the stored start or moving it earlier is always allowed. Of several limits passed, the earliest is named, so moving the start to it is enough.
 */
export function routineStartRefusal(
  routineStart: IsoDate,
  { routineStart: stored, firstHeld, firstSentMonth, firstRuleFrom }: RecordedHistory,
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
  if (firstRuleFrom !== null)
    limits.push({ latest: firstRuleFrom, refusal: new DomainError('CONFLICT', 'error.routineStartAfterRule', { date: firstRuleFrom }, field) });
  const earliestPassed = limits.filter(({ latest }) => routineStart > latest).sort((a, b) => (a.latest < b.latest ? -1 : 1))[0];
  return earliestPassed?.refusal ?? null;
}

/** Refuses (CONFLICT, next to `routineStart`) a start after what is recorded: see routineStartRefusal. */
export function checkRoutineStart(routineStart: IsoDate, history: RecordedHistory): void {
  const refusal = routineStartRefusal(routineStart, history);
  if (refusal) throw refusal;
}
