import type { MethodPolicies } from '../methodPolicy';

/** The routine's follow-up: figures for a unit (or every unit) over a period. */
export const statisticsMethods = {
  'statistics.get': { run: 'transaction', recovery: false, audit: 'readOnly' },
} as const satisfies MethodPolicies;
