import path from 'node:path';
import { createDataSafety, type LiveDatabase } from '../../electron/backend/backup/dataSafety';
import { openDatabase } from '../../electron/backend/store/database';
import type { Db } from '../../electron/backend/store/db';

// The child of the "killed during a restore" test (bundled with esbuild): restores a backup
// with the app's own data-safety service and SIGKILLs itself at one step of it: 'release'
// (the live file is let go, just before the swap) or 'replace' (the restored file is in
// place and its history carried forward, just before it goes live).
const [dataDir, fileName, killAt] = process.argv.slice(2) as [string, string, 'release' | 'replace'];
const file = path.join(dataDir, 'handledning.sqlite');

async function main(): Promise<void> {
  let current: Db | null = await openDatabase({ file });
  const killed = () => process.kill(process.pid, 'SIGKILL');
  const live: LiveDatabase = {
    file,
    db: () => current,
    replace(db) {
      if (killAt === 'replace') killed();
      current = db;
    },
    release() {
      if (killAt === 'release') killed();
      current?.close();
      current = null;
    },
  };
  await createDataSafety({ live, dataDir, now: () => new Date(2026, 4, 20, 9, 0, 0), damaged: null }).restore(fileName);
}
void main();
