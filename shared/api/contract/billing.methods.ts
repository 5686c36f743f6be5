import type { MethodPolicies } from '../methodPolicy';

/** The monthly billing form: its settings, sending, corrections and exports. */
export const billingMethods = {
  'settings.get': { run: 'transaction', recovery: false, audit: 'readOnly' },
  'settings.save': { run: 'transaction', recovery: false, audit: 'changed' },
  'billing.settings.get': { run: 'transaction', recovery: false, audit: 'readOnly' },
  'billing.settings.save': { run: 'transaction', recovery: false, audit: 'changed' },
  'billing.status': { run: 'transaction', recovery: false, audit: 'readOnly' },
  'billing.form': { run: 'transaction', recovery: false, audit: 'readOnly' },
  'billing.version': { run: 'transaction', recovery: false, audit: 'readOnly' },
  'billing.markSent': { run: 'transaction', recovery: false, audit: 'markedSent' },
  'billing.reopen': { run: 'transaction', recovery: false, audit: 'corrected' },
  'billing.reminders': { run: 'transaction', recovery: false, audit: 'readOnly' },
  'billing.summary': { run: 'transaction', recovery: false, audit: 'readOnly' },
  'billing.exportXlsx': { run: 'transaction', recovery: false, audit: 'exported' },
  'billing.exportCsv': { run: 'transaction', recovery: false, audit: 'exported' },
  'billing.exportSummaryXlsx': { run: 'transaction', recovery: false, audit: 'exported' },
  'billing.exportSummaryCsv': { run: 'transaction', recovery: false, audit: 'exported' },
} as const satisfies MethodPolicies;
