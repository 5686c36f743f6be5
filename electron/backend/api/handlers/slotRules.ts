import type { MethodsNamed } from '../../../../shared/api/methods';
import { checkRuleFromRoutineStart, routineStartRefusal } from '../../../../shared/domain/routineStart';
import { checkNewSlotRule } from '../../../../shared/domain/slotRules';
import { refuseIfPlanChangeReachesSentMonth } from '../../services/billingMonth';
import { earliestPlanChange, recordedHistory, requireUnit } from '../../services/units';
import type { BackendContext, HandlerGroup } from '../types';

export function slotRuleHandlers({ store }: BackendContext): HandlerGroup<MethodsNamed<'slotRules'>> {
  return {
    'slotRules.list': ({ unitId }) => {
      requireUnit(store, unitId);
      return store.slotRules.list(unitId);
    },
    // A change is a new rule from its start date; the rules before it keep the past as it was.
    // A second rule from the same day replaces the first: it corrects a change that reaches
    // no held or sent week (checkNewSlotRule has refused those), rather than piling up.
    // The first rule's start is the day the unit's routine started (the guide asks for it): it
    // moves the start, unless a form already sent shows the routine ran before it (then the
    // start stays). Any other rule may not begin before the start: the manager moves the start
    // first, in Inställningar, so a month before it never gets planned weeks.
    'slotRules.add': (rule) => {
      requireUnit(store, rule.unitId);
      const rules = store.slotRules.list(rule.unitId);
      const movesStart = rules.length === 0 && routineStartRefusal(rule.validFrom, recordedHistory(store, rule.unitId)) === null;
      if (!movesStart) checkRuleFromRoutineStart(rule.validFrom, store.units.routineStart(rule.unitId));
      checkNewSlotRule(rule.validFrom, earliestPlanChange(store, rule.unitId));
      // Kept as a second guard: the plan of every sent month must come out the same. (The id
      // only has to be the newest, as the stored one will be.)
      const replaced = rules.filter((r) => r.validFrom !== rule.validFrom);
      refuseIfPlanChangeReachesSentMonth(store, rule.unitId, { rules: [...replaced, { ...rule, id: Number.MAX_SAFE_INTEGER }] }, 'validFrom');
      store.slotRules.deleteStartingOn(rule.unitId, rule.validFrom);
      if (movesStart) store.units.setRoutineStart(rule.unitId, rule.validFrom);
      return store.slotRules.insert(rule);
    },
  };
}
