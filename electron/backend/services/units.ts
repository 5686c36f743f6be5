import { DomainError } from '../../../shared/domain/errors';
import type { Unit } from '../../../shared/domain/types';
import type { Store } from '../store/store';

/** The unit, or NOT_FOUND with the message next to `field`. */
export function requireUnit(store: Store, id: number, field = 'unitId'): Unit {
  const unit = store.units.get(id);
  if (!unit) throw new DomainError('NOT_FOUND', 'error.unitNotFound', {}, field);
  return unit;
}
