import type { Migration } from './types';

// The append-only audit log: what was done to what, by ids (never note text, names or case
// references). A line is written in the same transaction as the change it describes, so a
// change rolled back leaves no line. The triggers are the last line of defence: a log that
// can be edited proves nothing. The action list is written out, not built from AUDIT_ACTIONS,
// so this released migration never changes under our feet; a test holds the two together.
export const auditLog: Migration = {
  version: 5,
  name: 'audit-log',
  up: `
CREATE TABLE audit_log (
  id INTEGER PRIMARY KEY,
  -- Local time of the backend's clock, YYYY-MM-DDTHH:MM:SS.
  at TEXT NOT NULL CHECK (at GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]T[0-2][0-9]:[0-5][0-9]:[0-5][0-9]'),
  action TEXT NOT NULL CHECK (action IN ('created', 'changed', 'deleted', 'markedSent', 'corrected', 'printed',
    'exported', 'backedUp', 'restored')),
  -- The API method (or host event) that did it, e.g. sessions.recordHeld.
  method TEXT NOT NULL CHECK (length(method) BETWEEN 1 AND 60),
  subject TEXT NOT NULL CHECK (length(subject) BETWEEN 1 AND 10000)
) STRICT;

CREATE TRIGGER audit_log_never_rewritten BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is never rewritten'); END;
CREATE TRIGGER audit_log_never_removed BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is never removed'); END;
-- INSERT OR REPLACE deletes the old row without firing the delete trigger (recursive
-- triggers are off), so a line that would replace another is refused here.
CREATE TRIGGER audit_log_never_replaced BEFORE INSERT ON audit_log
WHEN EXISTS (SELECT 1 FROM audit_log WHERE id = NEW.id)
BEGIN SELECT RAISE(ABORT, 'the audit log is never removed'); END;
`,
};
