import Database from 'better-sqlite3';
import type { Db } from '../store/db';

// Sent billing versions, reopenings and audit lines are append-only history: a restore brings
// back the data of an older day, never an older history. What the data before the restore
// had and the restored file lacks is added to it, so a month sent after the backup stays
// sent (and locked), its versions stay printable, and the log keeps every line.

interface UnitRow {
  id: number;
  name: string;
  name_key: string;
  provider_name: string;
  manager_name: string;
  created_at: string;
  updated_at: string;
}
interface VersionRow {
  unit_id: number;
  month: string;
  version: number;
  sent_at: string;
  correction_reason: string | null;
  form_json: string;
  created_at: string;
}
interface ReopeningRow {
  unit_id: number;
  month: string;
  after_version: number;
  reason: string;
  created_at: string;
}
interface AuditRow {
  id: number;
  at: string;
  action: string;
  method: string;
  subject: string;
}

interface History {
  units: UnitRow[];
  versions: VersionRow[];
  reopenings: ReopeningRow[];
  audit: AuditRow[];
}

/**
 * Adds to `db` (the restored database, migrated to the latest schema) the history in
 * `beforeFile` (the verified copy of the data the restore replaced) that it lacks, in one
 * transaction. Throws if that cannot be done; the caller then puts the data before back.
 */
export function carryHistoryForward(db: Db, beforeFile: string): void {
  const before = readHistory(beforeFile);
  db.transaction(() => {
    const hasUnit = db.prepare('SELECT 1 FROM units WHERE id = ?').pluck();
    const hasVersion = db.prepare('SELECT 1 FROM billing_versions WHERE unit_id = ? AND month = ? AND version = ?').pluck();
    const hasReopening = db.prepare('SELECT 1 FROM billing_reopenings WHERE unit_id = ? AND month = ? AND after_version = ?').pluck();
    const auditLine = db.prepare('SELECT at, action, method, subject FROM audit_log WHERE id = ?');
    const insertUnit = db.prepare(
      `INSERT INTO units (id, name, name_key, provider_name, manager_name, created_at, updated_at)
       VALUES (@id, @name, @name_key, @provider_name, @manager_name, @created_at, @updated_at)`,
    );
    const insertVersion = db.prepare(
      `INSERT INTO billing_versions (unit_id, month, version, sent_at, correction_reason, form_json, created_at)
       VALUES (@unit_id, @month, @version, @sent_at, @correction_reason, @form_json, @created_at)`,
    );
    const insertReopening = db.prepare(
      `INSERT INTO billing_reopenings (unit_id, month, after_version, reason, created_at)
       VALUES (@unit_id, @month, @after_version, @reason, @created_at)`,
    );
    const insertAudit = db.prepare('INSERT INTO audit_log (at, action, method, subject) VALUES (@at, @action, @method, @subject)');

    const versions = before.versions.filter((v) => !hasVersion.get(v.unit_id, v.month, v.version));
    // A unit made after the backup and billed since: without its row its sent forms could
    // not be stored or shown. Units are never deleted, so an id missing here is that unit.
    const unitIds = new Set(versions.map((v) => v.unit_id));
    for (const unit of before.units) if (unitIds.has(unit.id) && !hasUnit.get(unit.id)) insertUnit.run(unit);
    for (const version of versions) insertVersion.run(version);
    for (const reopening of before.reopenings) {
      if (!hasReopening.get(reopening.unit_id, reopening.month, reopening.after_version)) insertReopening.run(reopening);
    }
    // The backup's log is the start of the log before the restore, so a line with the same
    // id and content is already here. Any other line is appended, in its order, with the
    // next free id: in a plain history that is its own id again; after an earlier restore
    // the ids may have gone their own way, and then no line is dropped for sharing an id.
    // Compared with the restored log as it was, before any line is added to it.
    const lines = before.audit.filter((line) => {
      const here = auditLine.get(line.id) as Omit<AuditRow, 'id'> | undefined;
      return !(here && here.at === line.at && here.action === line.action && here.method === line.method && here.subject === line.subject);
    });
    for (const { at, action, method, subject } of lines) insertAudit.run({ at, action, method, subject });
  })();
}

function readHistory(file: string): History {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return {
      units: db.prepare('SELECT id, name, name_key, provider_name, manager_name, created_at, updated_at FROM units ORDER BY id').all() as UnitRow[],
      versions: db
        .prepare(
          `SELECT unit_id, month, version, sent_at, correction_reason, form_json, created_at
           FROM billing_versions ORDER BY unit_id, month, version`,
        )
        .all() as VersionRow[],
      reopenings: db
        .prepare('SELECT unit_id, month, after_version, reason, created_at FROM billing_reopenings ORDER BY unit_id, month, after_version')
        .all() as ReopeningRow[],
      audit: db.prepare('SELECT id, at, action, method, subject FROM audit_log ORDER BY id').all() as AuditRow[],
    };
  } finally {
    db.close();
  }
}
