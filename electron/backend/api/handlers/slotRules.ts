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
    // A second rule from the same day replaces the first: it corrects a change not yet in
    // force (checkNewSlotRule has refused any start before today), rather than piling up.
    'slotRules.add': (rule) => {
      requireUnit(store, rule.unitId);
      checkNewSlotRule(store.slotRules.list(rule.unitId), rule.validFrom, today());
      store.slotRules.deleteStartingOn(rule.unitId, rule.validFrom);
      return store.slotRules.insert(rule);
    },
  };
}
