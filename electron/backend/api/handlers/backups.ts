import type { MethodName } from '../../../../shared/api/methods';
import type { DataSafety } from '../../backup/dataSafety';
import type { HandlerGroup } from '../types';

type DataSafetyMethods =
  | 'health.get'
  | 'backups.list'
  | 'backups.create'
  | 'backups.saveCopy'
  | 'backups.setFolder'
  | 'backups.restore'
  | 'backups.undoRestore'
  | 'recovery.restoreNewest'
  | 'recovery.saveDamagedCopy';

/** What answers in recovery mode (no usable database); every other method answers RECOVERY_MODE. */
export const RECOVERY_METHODS: ReadonlySet<MethodName> = new Set<MethodName>([
  'health.get',
  'backups.list',
  'recovery.restoreNewest',
  'recovery.saveDamagedCopy',
]);

/**
 * Backups, restores and recovery. They run outside the dispatcher's transaction (see
 * createBackend): each works on files and on the live connection, which a restore replaces.
 */
export function backupHandlers(dataSafety: DataSafety): HandlerGroup<DataSafetyMethods> {
  return {
    'health.get': () => dataSafety.health(),
    'backups.list': () => dataSafety.list(),
    'backups.create': () => dataSafety.create(),
    'backups.saveCopy': ({ folder }) => dataSafety.saveCopy(folder),
    'backups.setFolder': ({ folder }) => dataSafety.setFolder(folder),
    'backups.restore': ({ fileName }) => dataSafety.restore(fileName),
    'backups.undoRestore': () => dataSafety.undoRestore(),
    'recovery.restoreNewest': () => dataSafety.restoreNewest(),
    'recovery.saveDamagedCopy': ({ folder }) => dataSafety.saveDamagedCopy(folder),
  };
}
