import type { Migration } from './types';

const DATE = "GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'";

// One occurrence of a recurring team meeting that will not take place ("Hoppa över
// teamträffen denna vecka"): that week gets its session back. The pattern itself is kept.
export const teamMeetingSkips: Migration = {
  version: 6,
  name: 'team-meeting-skips',
  up: `
CREATE TABLE team_meeting_skips (
  pattern_id INTEGER NOT NULL REFERENCES team_meeting_patterns (id) ON DELETE CASCADE,
  date TEXT NOT NULL CHECK (date ${DATE}),
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  PRIMARY KEY (pattern_id, date)
) STRICT;
`,
};
