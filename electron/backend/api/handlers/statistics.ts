import type { MethodsOf } from '../../../../shared/api/methods';
import { periodStatistics } from '../../services/statistics';
import type { BackendContext, HandlerGroup } from '../types';

export function statisticsHandlers({ store, today }: BackendContext): HandlerGroup<MethodsOf<'statistics'>> {
  return {
    'statistics.get': (period) => periodStatistics(store, period, today()),
  };
}
