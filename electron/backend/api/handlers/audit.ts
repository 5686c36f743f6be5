import type { MethodsOf } from '../../../../shared/api/methods';
import type { AuditLine, IsoDate, IsoWeekKey } from '../../../../shared/domain/types';
import { auditCsv, auditFileName } from '../../audit/auditCsv';
import { readableSubject, type SubjectLookup } from '../../audit/readableSubject';
import { DomainError } from '../../../../shared/domain/errors';
import { sessionOfWeek } from '../../services/plan';
import { requireUnit } from '../../services/units';
import type { Store } from '../../store/store';
import type { BackendContext, HandlerGroup } from '../types';

/** Today's names for a page of lines; each unit and week is looked up once per page. */
function lookupFor(store: Store): SubjectLookup {
  const names = new Map<number, string | undefined>();
  const dates = new Map<string, IsoDate | undefined>();
  return {
    unitName(id) {
      if (!names.has(id)) names.set(id, store.units.get(id)?.name);
      return names.get(id);
    },
    sessionDate(unitId, week) {
      const key = `${unitId} ${week}`;
      if (!dates.has(key)) dates.set(key, sessionDateOrNothing(store, unitId, week));
      return dates.get(key);
    },
  };
}

/** A week without a session (or of a unit that is gone) has no day to show. */
function sessionDateOrNothing(store: Store, unitId: number, week: IsoWeekKey): IsoDate | undefined {
  try {
    return sessionOfWeek(store, unitId, week).date;
  } catch (error) {
    if (error instanceof DomainError) return undefined;
    throw error;
  }
}

/**
 * Reading and exporting the audit log. The lines themselves are written by the dispatcher
 * for every logged method (audit.recordPrinted included), never by a handler.
 */
export function auditHandlers({ store, today }: BackendContext): HandlerGroup<MethodsOf<'audit'>> {
  return {
    'audit.list': ({ limit, beforeId }): AuditLine[] => {
      const lookup = lookupFor(store);
      return store.auditLog.page(limit, beforeId).map((entry) => ({ ...entry, subjectText: readableSubject(entry.subject, lookup) }));
    },
    // The file keeps the stored subjects, ids only: it is the record as written, and a later
    // rename must not change what an exported copy says happened.
    // The CSV text begins with its BOM; as UTF-8 bytes in base64 it survives the trip.
    'audit.export': () => ({
      fileName: auditFileName(today()),
      base64: Buffer.from(auditCsv(store.auditLog.all()), 'utf8').toString('base64'),
    }),
    // The page has printed; the dispatcher logs it. A unit that does not exist is refused
    // (none is named by a follow-up report of every unit).
    'audit.recordPrinted': ({ unitId }) => {
      if (unitId !== null) requireUnit(store, unitId);
      return null;
    },
  };
}
