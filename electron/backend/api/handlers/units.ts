import type { MethodsNamed } from '../../../../shared/api/methods';
import { DomainError } from '../../../../shared/domain/errors';
import { checkRoutineStart, rulesFromRoutineStart } from '../../../../shared/domain/routineStart';
import { firstOfMonth, recordedHistory, requireUnit, routineStartOf } from '../../services/units';
import type { Store } from '../../store/store';
import type { BackendContext, HandlerGroup } from '../types';

/** Checked before the write so the user gets a message next to the name, not a storage error. */
function refuseTakenName(store: Store, name: string, ownId?: number): void {
  const holder = store.units.idByName(name);
  if (holder !== undefined && holder !== ownId) throw new DomainError('CONFLICT', 'error.unitNameTaken', { name }, 'name');
}

export function unitHandlers({ store, today }: BackendContext): HandlerGroup<MethodsNamed<'units'>> {
  return {
    'units.list': () => store.units.list(),
    'units.create': (fields) => {
      refuseTakenName(store, fields.name);
      return store.units.insert(fields, firstOfMonth(today()));
    },
    'units.update': ({ id, ...fields }) => {
      requireUnit(store, id, 'id');
      refuseTakenName(store, fields.name, id);
      return store.units.update({ id, ...fields });
    },
    'units.routineStart': ({ unitId }) => {
      requireUnit(store, unitId);
      return routineStartOf(store, unitId, today());
    },
    'units.setRoutineStart': ({ unitId, routineStart }) => {
      requireUnit(store, unitId);
      checkRoutineStart(routineStart, recordedHistory(store, unitId));
      const { moved, removed } = rulesFromRoutineStart(store.slotRules.list(unitId), routineStart);
      for (const rule of removed) store.slotRules.deleteStartingOn(unitId, rule.validFrom);
      if (moved) store.slotRules.setValidFrom(moved.id, routineStart);
      store.units.setRoutineStart(unitId, routineStart);
      return routineStart;
    },
    'units.select': ({ id }) => {
      requireUnit(store, id, 'id');
      store.settings.set('lastUnitId', String(id));
      return null;
    },
  };
}
