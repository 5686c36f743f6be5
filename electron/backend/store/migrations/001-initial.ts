import type { Migration } from './types';

// Dates are TEXT 'YYYY-MM-DD', weeks 'YYYY-Www', times 'HH:MM': the same strings the domain
// uses, so nothing is converted and no time zone can shift a day. The CHECKs are a last
// line of defence; the API contract validates first and gives the Swedish messages.
const DATE = "GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'";
const TIME = "GLOB '[0-2][0-9]:[0-5][0-9]'";
const WEEK = "GLOB '[0-9][0-9][0-9][0-9]-W[0-5][0-9]'";
const NOW = "(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))";
const TIMESTAMPS = `
  created_at TEXT NOT NULL DEFAULT ${NOW},
  updated_at TEXT NOT NULL DEFAULT ${NOW}`;

export const initial: Migration = {
  version: 1,
  name: 'initial',
  up: `
CREATE TABLE units (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 80),
  -- The name as compared for uniqueness: trimmed, whitespace collapsed, lower-cased the
  -- Swedish way in JS (SQLite's lower() leaves Å, Ä and Ö alone).
  name_key TEXT NOT NULL CHECK (length(name_key) >= 1),
  provider_name TEXT NOT NULL CHECK (length(provider_name) BETWEEN 1 AND 80),
  manager_name TEXT NOT NULL CHECK (length(manager_name) BETWEEN 1 AND 80),${TIMESTAMPS}
) STRICT;
CREATE UNIQUE INDEX units_name_key ON units (name_key);

CREATE TABLE slot_rules (
  id INTEGER PRIMARY KEY,
  unit_id INTEGER NOT NULL REFERENCES units (id) ON DELETE RESTRICT,
  weekday INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 7),
  start_time TEXT NOT NULL CHECK (start_time ${TIME} AND start_time <= '23:59'),
  duration_minutes INTEGER NOT NULL CHECK (duration_minutes BETWEEN 5 AND 240),
  valid_from TEXT NOT NULL CHECK (valid_from ${DATE}),${TIMESTAMPS}
) STRICT;
CREATE INDEX slot_rules_unit ON slot_rules (unit_id, valid_from);

CREATE TABLE team_meeting_dates (
  id INTEGER PRIMARY KEY,
  unit_id INTEGER NOT NULL REFERENCES units (id) ON DELETE RESTRICT,
  date TEXT NOT NULL CHECK (date ${DATE}),${TIMESTAMPS},
  UNIQUE (unit_id, date)
) STRICT;

CREATE TABLE team_meeting_patterns (
  id INTEGER PRIMARY KEY,
  unit_id INTEGER NOT NULL REFERENCES units (id) ON DELETE RESTRICT,
  kind TEXT NOT NULL CHECK (kind IN ('nthWeekdayOfMonth', 'everyNWeeks')),
  nth INTEGER,
  interval_weeks INTEGER,
  weekday INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 7),
  valid_from TEXT NOT NULL CHECK (valid_from ${DATE}),
  valid_to TEXT CHECK (valid_to IS NULL OR (valid_to ${DATE} AND valid_to >= valid_from)),${TIMESTAMPS},
  CHECK (
    (kind = 'nthWeekdayOfMonth' AND nth IN (1, 2, 3, 4, -1) AND interval_weeks IS NULL)
    OR (kind = 'everyNWeeks' AND interval_weeks BETWEEN 2 AND 26 AND nth IS NULL)
  )
) STRICT;
CREATE INDEX team_meeting_patterns_unit ON team_meeting_patterns (unit_id);

-- What the manager changed about one week's session; no row means "as the rule says".
CREATE TABLE session_overrides (
  unit_id INTEGER NOT NULL REFERENCES units (id) ON DELETE RESTRICT,
  week TEXT NOT NULL CHECK (week ${WEEK}),
  moved_date TEXT CHECK (moved_date IS NULL OR moved_date ${DATE}),
  moved_start_time TEXT CHECK (moved_start_time IS NULL OR (moved_start_time ${TIME} AND moved_start_time <= '23:59')),
  cancelled_reason TEXT CHECK (cancelled_reason IS NULL OR length(cancelled_reason) BETWEEN 1 AND 500),${TIMESTAMPS},
  PRIMARY KEY (unit_id, week),
  CHECK ((moved_date IS NULL) = (moved_start_time IS NULL)),
  CHECK (moved_date IS NOT NULL OR cancelled_reason IS NOT NULL)
) STRICT;

CREATE TABLE settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL,${TIMESTAMPS}
) STRICT;
`,
};
