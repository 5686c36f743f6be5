import { mkdirSync } from 'node:fs';
import type { BeforeMigrating } from '../store/database';
import { schemaMadeBy } from '../store/schema';
import { backupFileName, uniqueFile } from './backupFiles';
import { writeVerifiedBackup } from './writer';

/**
 * The hook openDatabase runs before it upgrades a schema: a verified backup of the file as it
 * was, like every other (online backup API, temp name, checked, renamed), in `backupDir`. A
 * failed backup stops the upgrade, so an old file is never migrated without its copy.
 */
export function backupBeforeMigration(backupDir: string, now: () => Date): BeforeMigrating {
  return async (db, { to, migrations }) => {
    mkdirSync(backupDir, { recursive: true });
    const at = now();
    const target = uniqueFile(backupDir, (n) => backupFileName('beforeMigration', at, n));
    await writeVerifiedBackup(db, target, to, schemaMadeBy(migrations));
  };
}
