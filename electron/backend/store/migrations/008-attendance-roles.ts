import type { Migration } from './types';

// The billing form and the summary count each session's participants per role. With the
// role in the index beside the session, SQLite answers those counts from the index alone and
// never reads the attendance rows (names, chairs, timestamps) it does not need.
export const attendanceRoles: Migration = {
  version: 8,
  name: 'attendance-roles',
  up: `
CREATE INDEX attendance_session_role ON attendance (held_session_id, role);
`,
};
