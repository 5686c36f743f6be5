import type { Migration } from './types';

const DATE = "GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'";
const NOW = "(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))";
const TIMESTAMPS = `
  created_at TEXT NOT NULL DEFAULT ${NOW},
  updated_at TEXT NOT NULL DEFAULT ${NOW}`;

// A person is entered once and belongs to units through memberships, so an AT serving three
// units is one row in people. People are never deleted (attendance refers to them), and a
// membership ends by setting active_to rather than by removing the row.
export const roster: Migration = {
  version: 2,
  name: 'roster',
  up: `
CREATE TABLE people (
  id INTEGER PRIMARY KEY,
  -- Not unique: two colleagues may share a name. Uniqueness within one unit's active
  -- roster is a rule of the API, compared by name_key (Swedish lower case, like unit names).
  name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 80),
  name_key TEXT NOT NULL CHECK (length(name_key) >= 1),
  role TEXT NOT NULL CHECK (role IN ('careStaff', 'occupationalTherapist', 'physiotherapist', 'nurse',
    'unitManager', 'planner', 'rehabAssistant', 'other')),
  employment TEXT NOT NULL CHECK (employment IN ('regular', 'substitute')),${TIMESTAMPS}
) STRICT;
CREATE INDEX people_name_key ON people (name_key);

-- One membership per person and unit: a leaver keeps the row with active_to set, and
-- reactivation clears active_to again.
CREATE TABLE unit_staff (
  unit_id INTEGER NOT NULL REFERENCES units (id) ON DELETE RESTRICT,
  person_id INTEGER NOT NULL REFERENCES people (id) ON DELETE RESTRICT,
  active_from TEXT NOT NULL CHECK (active_from ${DATE}),
  -- Last day in the unit; NULL while active.
  active_to TEXT CHECK (active_to IS NULL OR (active_to ${DATE} AND active_to >= active_from)),${TIMESTAMPS},
  PRIMARY KEY (unit_id, person_id)
) STRICT;
CREATE INDEX unit_staff_person ON unit_staff (person_id);
`,
};
