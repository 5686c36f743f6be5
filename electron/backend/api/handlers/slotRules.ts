import { checkNewSlotRule } from '../../../../shared/domain/slotRules';
import type { BackendContext, HandlerGroup } from '../types';
import { requireUnit } from './units';

export function slotRuleHandlers({ store, today }: BackendContext): HandlerGroup<'slotRules.list' | 'slotRules.add'> {
  return {
    'slotRules.list': ({ unitId }) => {
      requireUnit(store, unitId);
      return store.slotRules.list(unitId);
    },
    // A change is a new rule from its start date; the rules before it keep the past as it was.
    'slotRules.add': (rule) => {
      requireUnit(store, rule.unitId);
      checkNewSlotRule(store.slotRules.list(rule.unitId), rule.validFrom, today());
      return store.slotRules.insert(rule);
    },
  };
}
