import type { MethodPolicies } from '../methodPolicy';

/** The staff roster: people, their units, leavers and the pasted-list import. */
export const rosterMethods = {
  'people.list': { run: 'transaction', recovery: false, audit: 'readOnly' },
  'staff.list': { run: 'transaction', recovery: false, audit: 'readOnly' },
  'staff.add': { run: 'transaction', recovery: false, audit: 'created' },
  'staff.addExisting': { run: 'transaction', recovery: false, audit: 'created' },
  'staff.update': { run: 'transaction', recovery: false, audit: 'changed' },
  'staff.deactivate': { run: 'transaction', recovery: false, audit: 'changed' },
  'staff.reactivate': { run: 'transaction', recovery: false, audit: 'changed' },
  'staff.setActivePeriod': { run: 'transaction', recovery: false, audit: 'changed' },
  'staff.notActiveInWeek': { run: 'transaction', recovery: false, audit: 'readOnly' },
  'staff.newMemberStart': { run: 'transaction', recovery: false, audit: 'readOnly' },
  'staff.importPreview': { run: 'transaction', recovery: false, audit: 'readOnly' },
  'staff.import': { run: 'transaction', recovery: false, audit: 'created' },
} as const satisfies MethodPolicies;
