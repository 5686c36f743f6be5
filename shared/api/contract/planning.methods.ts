import type { MethodPolicies } from '../methodPolicy';

/** The weekly slot, team meetings and the plan with its moved and cancelled sessions. */
export const planningMethods = {
  'slotRules.list': { run: 'transaction', recovery: false, audit: 'readOnly' },
  'slotRules.add': { run: 'transaction', recovery: false, audit: 'created' },
  'teamMeetings.list': { run: 'transaction', recovery: false, audit: 'readOnly' },
  'teamMeetings.addDate': { run: 'transaction', recovery: false, audit: 'created' },
  'teamMeetings.removeDate': { run: 'transaction', recovery: false, audit: 'deleted' },
  'teamMeetings.addPattern': { run: 'transaction', recovery: false, audit: 'created' },
  'teamMeetings.removePattern': { run: 'transaction', recovery: false, audit: 'deleted' },
  'teamMeetings.skipOccurrence': { run: 'transaction', recovery: false, audit: 'changed' },
  'teamMeetings.restoreOccurrence': { run: 'transaction', recovery: false, audit: 'changed' },
  'plan.get': { run: 'transaction', recovery: false, audit: 'readOnly' },
  'sessions.move': { run: 'transaction', recovery: false, audit: 'changed' },
  'sessions.cancel': { run: 'transaction', recovery: false, audit: 'changed' },
  'sessions.undoCancel': { run: 'transaction', recovery: false, audit: 'changed' },
  'sessions.undoMove': { run: 'transaction', recovery: false, audit: 'changed' },
} as const satisfies MethodPolicies;
