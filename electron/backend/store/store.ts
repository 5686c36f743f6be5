import { createActionRepository } from './actions';
import { createAgendaRepository } from './agenda';
import { createAuditLogRepository } from './auditLog';
import { createBillingRepository } from './billing';
import { createCaseRepository } from './cases';
import type { Db } from './db';
import { createEveryUnitReader } from './everyUnit';
import { createHeldSessionRepository } from './heldSessions';
import { createPersonRepository } from './people';
import { createSessionOverrideRepository } from './sessionOverrides';
import { createSettingsRepository } from './settings';
import { createSlotRuleRepository } from './slotRules';
import { createStaffRepository } from './staff';
import { createStatisticsReader } from './statistics';
import { createTeamMeetingRepository } from './teamMeetings';
import { createUnitRepository } from './units';

/** The repositories over one open database, and the transaction that groups their writes. */
export function createStore(db: Db) {
  // Made once: better-sqlite3 builds a wrapper per db.transaction(), which every call would pay for.
  const inTransaction = db.transaction(<T>(work: () => T): T => work());
  return {
    units: createUnitRepository(db),
    slotRules: createSlotRuleRepository(db),
    teamMeetings: createTeamMeetingRepository(db),
    sessionOverrides: createSessionOverrideRepository(db),
    settings: createSettingsRepository(db),
    people: createPersonRepository(db),
    staff: createStaffRepository(db),
    heldSessions: createHeldSessionRepository(db),
    agenda: createAgendaRepository(db),
    cases: createCaseRepository(db),
    actions: createActionRepository(db),
    billing: createBillingRepository(db),
    everyUnit: createEveryUnitReader(db),
    statistics: createStatisticsReader(db),
    auditLog: createAuditLogRepository(db),
    /** Runs `work` as one transaction: it all commits, or (on a throw) none of it does. */
    transaction<T>(work: () => T): T {
      return inTransaction(work) as T;
    },
  };
}

export type Store = ReturnType<typeof createStore>;
