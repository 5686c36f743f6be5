import type { MethodsOf } from '../../../../shared/api/methods';
import type { DataSafety } from '../../backup/dataSafety';
import type { HandlerGroup } from '../types';

/**
 * Backups, restores and recovery. They are declared exclusive (dataSafety.methods.ts), so run
 * outside the dispatcher's transaction: each works on files and on the live connection, which
 * a restore replaces.
 */
export function backupHandlers(dataSafety: DataSafety): HandlerGroup<MethodsOf<'dataSafety'>> {
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
