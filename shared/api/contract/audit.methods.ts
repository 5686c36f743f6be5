import type { MethodPolicies } from '../methodPolicy';

/** Reading and exporting the audit log, and logging what the page printed. */
export const auditMethods = {
  'audit.list': { run: 'transaction', recovery: false, audit: 'readOnly' },
  'audit.export': { run: 'transaction', recovery: false, audit: 'exported' },
  'audit.recordPrinted': { run: 'transaction', recovery: false, audit: 'printed' },
} as const satisfies MethodPolicies;
