import type { MethodsOf } from '../../../../shared/api/methods';
import { auditCsv, auditFileName } from '../../audit/auditCsv';
import { requireUnit } from '../../services/units';
import type { BackendContext, HandlerGroup } from '../types';

/**
 * Reading and exporting the audit log. The lines themselves are written by the dispatcher
 * for every logged method (audit.recordPrinted included), never by a handler.
 */
export function auditHandlers({ store, today }: BackendContext): HandlerGroup<MethodsOf<'audit'>> {
  return {
    'audit.list': ({ limit, beforeId }) => store.auditLog.page(limit, beforeId),
    // The CSV text begins with its BOM; as UTF-8 bytes in base64 it survives the trip.
    'audit.export': () => ({
      fileName: auditFileName(today()),
      base64: Buffer.from(auditCsv(store.auditLog.all()), 'utf8').toString('base64'),
    }),
    // The page has printed; the dispatcher logs it. A unit that does not exist is refused.
    'audit.recordPrinted': ({ unitId }) => {
      requireUnit(store, unitId);
      return null;
    },
  };
}
