import type { AuditEntry } from '../../../shared/domain/types';
import type { Db } from './db';

export type NewAuditEntry = Omit<AuditEntry, 'id'>;

/** The append-only audit log: lines are added and read, never changed or removed. */
export function createAuditLogRepository(db: Db) {
  const columns = 'id, at, action, method, subject';
  const insert = db.prepare('INSERT INTO audit_log (at, action, method, subject) VALUES (@at, @action, @method, @subject)');
  const selectNewest = db.prepare(`SELECT ${columns} FROM audit_log ORDER BY id DESC LIMIT ?`);
  const selectBefore = db.prepare(`SELECT ${columns} FROM audit_log WHERE id < ? ORDER BY id DESC LIMIT ?`);
  const selectAll = db.prepare(`SELECT ${columns} FROM audit_log ORDER BY id DESC`);

  return {
    append(entry: NewAuditEntry): AuditEntry {
      const { lastInsertRowid } = insert.run(entry);
      return { id: Number(lastInsertRowid), ...entry };
    },
    /** Newest first; `beforeId` continues a page where the previous one ended. */
    page(limit: number, beforeId: number | null): AuditEntry[] {
      return (beforeId === null ? selectNewest.all(limit) : selectBefore.all(beforeId, limit)) as AuditEntry[];
    },
    /** Every line, newest first, as the log view shows them. */
    all(): AuditEntry[] {
      return selectAll.all() as AuditEntry[];
    },
  };
}

export type AuditLogRepository = ReturnType<typeof createAuditLogRepository>;
