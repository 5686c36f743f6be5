import type { MethodsNamed } from '../../../../shared/api/methods';
import { checkNewSlotRule } from '../../../../shared/domain/slotRules';
import { refuseIfPlanChangeReachesSentMonth } from '../../services/billingMonth';
import { requireUnit } from '../../services/units';
import type { BackendContext, HandlerGroup } from '../types';

export function slotRuleHandlers({ store, today }: BackendContext): HandlerGroup<MethodsNamed<'slotRules'>> {
  return {
    'slotRules.list': ({ unitId }) => {
      requireUnit(store, unitId);
      return store.slotRules.list(unitId);
    },
    // A change is a new rule from its start date; the rules before it keep the past as it was.
    // A second rule from the same day replaces the first: it corrects a change not yet in
    // force (checkNewSlotRule has refused any start before today), rather than piling up.
    'slotRules.add': (rule) => {
      requireUnit(store, rule.unitId);
      const rules = store.slotRules.list(rule.unitId);
      checkNewSlotRule(rules, rule.validFrom, today());
      // A first rule may start in the past, and a change may start inside a sent month that
      // is not over yet; either would re-plan weeks of a sent form. (The id only has to be
      // the newest, as the stored one will be.)
      const replaced = rules.filter((r) => r.validFrom !== rule.validFrom);
      refuseIfPlanChangeReachesSentMonth(store, rule.unitId, { rules: [...replaced, { ...rule, id: Number.MAX_SAFE_INTEGER }] }, 'validFrom');
      store.slotRules.deleteStartingOn(rule.unitId, rule.validFrom);
      return store.slotRules.insert(rule);
    },
  };
}
