import type { MethodsNamed } from '../../../../shared/api/methods';
import { schemaVersion } from '../../store/database';
import type { BackendContext, HandlerGroup } from '../types';

/** `locations`: where the database file and the backups are, shown in "Om Handledning". */
export function appHandlers(
  { db, store, today, version }: BackendContext,
  locations: () => { dataFile: string; backupFolder: string },
): HandlerGroup<MethodsNamed<'app'>> {
  return {
    'app.info': () => {
      const remembered = Number(store.settings.get('lastUnitId'));
      // The remembered unit may have been removed since; then the UI starts with no choice.
      const lastUnitId = Number.isInteger(remembered) && store.units.get(remembered) ? remembered : null;
      return { version, today: today(), lastUnitId, schemaVersion: schemaVersion(db), ...locations() };
    },
  };
}
