import type { IsoDate, IsoWeekKey, SlotRule, Weekday } from './types';
import { addDaysIso, isoDateOf, mondayDayOfWeek } from './calendar';
import { DomainError } from './errors';

/** Newest first: later validFrom, then (same day) the later-added rule. */
function newestFirst(a: SlotRule, b: SlotRule): number {
  if (a.validFrom !== b.validFrom) return a.validFrom < b.validFrom ? 1 : -1;
  return b.id - a.id;
}

/** The rule in force on a day; of two rules starting the same day, the later-added one wins. */
export function ruleInForceOn(rules: SlotRule[], date: IsoDate): SlotRule | null {
  return firstInForceOn([...rules].sort(newestFirst), date);
}

function firstInForceOn(newestFirstRules: SlotRule[], date: IsoDate): SlotRule | null {
  return newestFirstRules.find((rule) => rule.validFrom <= date) ?? null;
}

/**
 * The rule that decides the day `monday + weekday - 1`. Normally the rule in force that day;
 * but a rule that started this week after its own weekday had passed cannot hold a session
 * until next week, so the week keeps the day of the rule before it (rule A Thursday, rule B
 * Monday from Wednesday: that week still meets on Thursday).
 */
function ruleDecidingDay(newestFirstRules: SlotRule[], monday: number, date: IsoDate): SlotRule | null {
  let rule = firstInForceOn(newestFirstRules, date);
  while (rule && isoDateOf(monday + rule.weekday - 1) < rule.validFrom) {
    rule = firstInForceOn(newestFirstRules, addDaysIso(rule.validFrom, -1));
  }
  return rule;
}

/**
 * The week's session: the first day of the week whose deciding rule meets on that weekday.
 * Each day is decided only by rules starting on or before it, so a rule added later never
 * moves or removes a session dated before the rule's validFrom: the past is never rewritten.
 */
export function ruleForWeek(rules: SlotRule[], week: IsoWeekKey): { rule: SlotRule; date: IsoDate } | null {
  // The plan asks this for every week, so the rules are sorted and the Monday found once.
  const newestFirstRules = [...rules].sort(newestFirst);
  const monday = mondayDayOfWeek(week);
  for (const weekday of [1, 2, 3, 4, 5, 6, 7] as Weekday[]) {
    const date = isoDateOf(monday + weekday - 1);
    const rule = ruleDecidingDay(newestFirstRules, monday, date);
    if (rule?.weekday === weekday) return { rule, date };
  }
  return null;
}

/**
 * A change may start on any day after the unit's last held session and after its last sent
 * month: no held or sent week is re-planned. `earliest` is that first free day (null: the
 * unit has neither, so any day will do, the routine may predate the app).
 */
export function checkNewSlotRule(validFrom: IsoDate, earliest: IsoDate | null): void {
  if (earliest !== null && validFrom < earliest) {
    throw new DomainError('CONFLICT', 'error.ruleChangeBeforeEarliest', { date: earliest }, 'validFrom');
  }
}
