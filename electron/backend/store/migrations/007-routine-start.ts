import type { Migration } from './types';

const DATE = "GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'";

// The day the unit's supervision routine started: the first-run guide asks for it, and it is
// the default start of the first slot rule and of everyone added to the roster, so a manager
// who sets up mid-month can still record the month's earlier sessions. A unit set up before
// this gets the earliest day its plan or roster already reaches back to.
export const routineStart: Migration = {
  version: 7,
  name: 'routine-start',
  up: `
ALTER TABLE units ADD COLUMN routine_start TEXT CHECK (routine_start IS NULL OR routine_start ${DATE});
UPDATE units SET routine_start = coalesce(
  (SELECT min(valid_from) FROM slot_rules WHERE unit_id = units.id),
  (SELECT min(active_from) FROM unit_staff WHERE unit_id = units.id),
  substr(created_at, 1, 10)
);
`,
};
