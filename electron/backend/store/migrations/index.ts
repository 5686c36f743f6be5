import { initial } from './001-initial';
import { roster } from './002-roster';
import { sessionRecords } from './003-session-records';
import { billing } from './004-billing';
import { auditLog } from './005-audit-log';
import { teamMeetingSkips } from './006-team-meeting-skips';
import { routineStart } from './007-routine-start';
import { attendanceRoles } from './008-attendance-roles';
import { calendar } from './009-calendar';
import type { Migration } from './types';

export type { Migration } from './types';

/** Every migration, oldest first. Add new ones at the end; never edit a released one. */
export const MIGRATIONS: readonly Migration[] = [
  initial,
  roster,
  sessionRecords,
  billing,
  auditLog,
  teamMeetingSkips,
  routineStart,
  attendanceRoles,
  calendar,
];
