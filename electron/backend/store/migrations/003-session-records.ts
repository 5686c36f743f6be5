import type { Migration } from './types';

const DATE = "GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'";
const TIME = "GLOB '[0-2][0-9]:[0-5][0-9]'";
const WEEK = "GLOB '[0-9][0-9][0-9][0-9]-W[0-5][0-9]'";
const NOW = "(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))";
const TIMESTAMPS = `
  created_at TEXT NOT NULL DEFAULT ${NOW},
  updated_at TEXT NOT NULL DEFAULT ${NOW}`;

// What was recorded for each week's session. A held session is one row per unit and week;
// the agenda, cases and actions are keyed by unit and week too, because they may be written
// before the session is held (preparing the agenda), when it has no row yet.
export const sessionRecords: Migration = {
  version: 3,
  name: 'session-records',
  up: `
CREATE TABLE held_sessions (
  id INTEGER PRIMARY KEY,
  unit_id INTEGER NOT NULL REFERENCES units (id) ON DELETE RESTRICT,
  week TEXT NOT NULL CHECK (week ${WEEK}),
  -- The day and time it actually took place (the plan's day, after any move).
  date TEXT NOT NULL CHECK (date ${DATE}),
  start_time TEXT NOT NULL CHECK (start_time ${TIME} AND start_time <= '23:59'),
  duration_minutes INTEGER NOT NULL CHECK (duration_minutes BETWEEN 5 AND 240),
  location TEXT NOT NULL CHECK (location IN ('office', 'clientHome')),${TIMESTAMPS},
  UNIQUE (unit_id, week)
) STRICT;

-- One row per participant. Name, role and employment are a snapshot of the day: the billing
-- form counts the role a person had when they attended, whatever the roster says later.
CREATE TABLE attendance (
  id INTEGER PRIMARY KEY,
  held_session_id INTEGER NOT NULL REFERENCES held_sessions (id) ON DELETE CASCADE,
  -- NULL for a one-off guest who is on no roster.
  person_id INTEGER REFERENCES people (id) ON DELETE RESTRICT,
  name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 80),
  role TEXT NOT NULL CHECK (role IN ('careStaff', 'occupationalTherapist', 'physiotherapist', 'nurse',
    'unitManager', 'planner', 'rehabAssistant', 'other')),
  employment TEXT NOT NULL CHECK (employment IN ('regular', 'substitute')),
  -- Ordförande; a guest never chairs.
  is_chair INTEGER NOT NULL DEFAULT 0 CHECK (is_chair IN (0, 1) AND (is_chair = 0 OR person_id IS NOT NULL)),
  created_at TEXT NOT NULL DEFAULT ${NOW},
  UNIQUE (held_session_id, person_id)
) STRICT;
-- A person's history: which sessions they attended.
CREATE INDEX attendance_person ON attendance (person_id);

-- Only items with text have a row.
CREATE TABLE agenda_notes (
  unit_id INTEGER NOT NULL REFERENCES units (id) ON DELETE RESTRICT,
  week TEXT NOT NULL CHECK (week ${WEEK}),
  item TEXT NOT NULL CHECK (item IN ('followUp', 'dilemmas', 'complexCases', 'newRehabCases', 'responsibilities')),
  text TEXT NOT NULL CHECK (length(text) BETWEEN 1 AND 4000),${TIMESTAMPS},
  PRIMARY KEY (unit_id, week, item)
) STRICT;

-- A client case is named only by a pseudonymous reference (the API refuses a personnummer).
CREATE TABLE cases_discussed (
  id INTEGER PRIMARY KEY,
  unit_id INTEGER NOT NULL REFERENCES units (id) ON DELETE RESTRICT,
  week TEXT NOT NULL CHECK (week ${WEEK}),
  reference TEXT NOT NULL CHECK (length(reference) BETWEEN 1 AND 40),
  kind TEXT NOT NULL CHECK (kind IN ('complex', 'newRehab')),
  goal TEXT NOT NULL CHECK (length(goal) <= 4000),
  -- Delmål: a JSON array of strings.
  sub_goals TEXT NOT NULL CHECK (json_valid(sub_goals) AND json_type(sub_goals) = 'array'),
  notes TEXT NOT NULL CHECK (length(notes) <= 4000),${TIMESTAMPS}
) STRICT;
CREATE INDEX cases_discussed_session ON cases_discussed (unit_id, week);

-- The documentation duties of each case, one row per duty, so a responsible person is a
-- real reference into people (kept in history like attendance).
CREATE TABLE case_documentation (
  case_id INTEGER NOT NULL REFERENCES cases_discussed (id) ON DELETE CASCADE,
  duty TEXT NOT NULL CHECK (duty IN ('caseSystem', 'needsAssessor', 'implementationPlan', 'seniorAlert')),
  done INTEGER NOT NULL CHECK (done IN (0, 1)),
  responsible_id INTEGER REFERENCES people (id) ON DELETE RESTRICT,
  PRIMARY KEY (case_id, duty)
) STRICT;
CREATE INDEX case_documentation_responsible ON case_documentation (responsible_id);

-- "Vem gör vad": agreed in one week's session, followed up in the next ones until closed.
CREATE TABLE agreed_actions (
  id INTEGER PRIMARY KEY,
  unit_id INTEGER NOT NULL REFERENCES units (id) ON DELETE RESTRICT,
  agreed_in_week TEXT NOT NULL CHECK (agreed_in_week ${WEEK}),
  what TEXT NOT NULL CHECK (length(what) BETWEEN 1 AND 500),
  responsible_id INTEGER NOT NULL REFERENCES people (id) ON DELETE RESTRICT,
  due_date TEXT CHECK (due_date IS NULL OR due_date ${DATE}),
  status TEXT NOT NULL CHECK (status IN ('open', 'done')),
  closed_in_week TEXT CHECK (closed_in_week IS NULL OR (closed_in_week ${WEEK} AND closed_in_week >= agreed_in_week)),${TIMESTAMPS},
  CHECK ((status = 'done') = (closed_in_week IS NOT NULL))
) STRICT;
-- The actions of one session.
CREATE INDEX agreed_actions_session ON agreed_actions (unit_id, agreed_in_week);
-- The follow-up of a session: still open and agreed earlier ...
CREATE INDEX agreed_actions_open ON agreed_actions (unit_id, status, agreed_in_week);
-- ... or closed in that very session.
CREATE INDEX agreed_actions_closed ON agreed_actions (unit_id, closed_in_week, agreed_in_week);
CREATE INDEX agreed_actions_responsible ON agreed_actions (responsible_id);
`,
};
