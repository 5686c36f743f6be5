import type { MethodPolicies } from '../methodPolicy';

/** Recording a held session: attendance, agenda, cases and actions. */
export const sessionsMethods = {
  'sessions.get': { run: 'transaction', recovery: false, audit: 'readOnly' },
  'sessions.previousAttendance': { run: 'transaction', recovery: false, audit: 'readOnly' },
  'sessions.recordHeld': { run: 'transaction', recovery: false, audit: 'changed' },
  'sessions.saveAgenda': { run: 'transaction', recovery: false, audit: 'changed' },
  // The session view's one save: held record and agenda together, or neither.
  'sessions.saveRecord': { run: 'transaction', recovery: false, audit: 'changed' },
  // No id: a new case or action is created; an id: it is changed.
  'cases.save': { run: 'transaction', recovery: false, audit: ['created', 'changed'] },
  'cases.remove': { run: 'transaction', recovery: false, audit: 'deleted' },
  'actions.save': { run: 'transaction', recovery: false, audit: ['created', 'changed'] },
  'actions.setStatus': { run: 'transaction', recovery: false, audit: 'changed' },
} as const satisfies MethodPolicies;
