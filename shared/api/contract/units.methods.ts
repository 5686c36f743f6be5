import type { MethodPolicies } from '../methodPolicy';

/** The app itself and its units. Zod-free, like every `*.methods.ts`: the preload bundles it. */
export const unitsMethods = {
  'app.info': { run: 'transaction', recovery: false, audit: 'readOnly' },
  'units.list': { run: 'transaction', recovery: false, audit: 'readOnly' },
  'units.create': { run: 'transaction', recovery: false, audit: 'created' },
  'units.update': { run: 'transaction', recovery: false, audit: 'changed' },
  'units.routineStart': { run: 'transaction', recovery: false, audit: 'readOnly' },
  'units.setRoutineStart': { run: 'transaction', recovery: false, audit: 'changed' },
  'units.select': { run: 'transaction', recovery: false, audit: 'notLogged' },
} as const satisfies MethodPolicies;
