import Database from 'better-sqlite3';
import { backupFileName, uniqueFile } from '../../electron/backend/backup/backupFiles';
import { writeVerifiedBackup } from '../../electron/backend/backup/writer';
import { MIGRATIONS } from '../../electron/backend/store/migrations';

// The child of the "kill during a backup" test (bundled with esbuild): makes verified
// backups with the app's own writer, one after another, until it is killed.
const [file, folder] = process.argv.slice(2) as [string, string];
const db = new Database(file);

async function main(): Promise<never> {
  for (let round = 0; ; round += 1) {
    process.stdout.write(`round ${round}\n`);
    await writeVerifiedBackup(
      db,
      uniqueFile(folder, (n) => backupFileName('automatic', new Date(), n)),
      MIGRATIONS.length,
    );
  }
}
void main();
