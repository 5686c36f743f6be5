import type { MethodPolicies } from '../methodPolicy';

/** The calendar files (.ics): the supervision series, the team meetings and one week's session. */
export const calendarMethods = {
  'calendar.sessions': { run: 'transaction', recovery: false, audit: 'exported' },
  'calendar.teamMeetings': { run: 'transaction', recovery: false, audit: 'exported' },
  'calendar.session': { run: 'transaction', recovery: false, audit: 'exported' },
} as const satisfies MethodPolicies;
