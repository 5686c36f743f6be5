import type { MethodPolicies } from '../methodPolicy';

/**
 * Backups, restores and recovery: all exclusive. A backup copies pages with SQLite's online
 * backup API, which reads its own consistent snapshot across awaits (a transaction would be
 * committed at the first await anyway); a restore closes the connection, and replaces the
 * file, the transaction would belong to; health and the listing read backup files, and
 * answer in recovery mode, with no database.
 */
export const dataSafetyMethods = {
  'health.get': { run: 'exclusive', recovery: true, audit: 'readOnly' },
  'backups.list': { run: 'exclusive', recovery: true, audit: 'readOnly' },
  'backups.create': { run: 'exclusive', recovery: false, audit: 'backedUp' },
  'backups.saveCopy': { run: 'exclusive', recovery: false, audit: 'backedUp' },
  'backups.setFolder': { run: 'exclusive', recovery: false, audit: 'changed' },
  'backups.restore': { run: 'exclusive', recovery: false, audit: 'restored' },
  'backups.undoRestore': { run: 'exclusive', recovery: false, audit: 'restored' },
  'recovery.restoreNewest': { run: 'exclusive', recovery: true, audit: 'restored' },
  'recovery.saveDamagedCopy': { run: 'exclusive', recovery: true, audit: 'backedUp' },
} as const satisfies MethodPolicies;
